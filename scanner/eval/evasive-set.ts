/**
 * Evasive snippets, written for this project to measure the scanner like a detector. Each one really
 * reaches its target when run without a sandbox (eval, a Function constructor, `process`, `require`,
 * prototype pollution, a stack-trace hook, a lodash gadget); `refuse` lists the profiles where the scanner
 * must refuse it (or grade it C or worse). Families are the evasion techniques listed in scanner/README.md.
 */
import type { ScanProfileName } from '../scan-profile.js';

/** One evasive snippet. */
export interface EvasiveSnippet {
  readonly id: string;
  readonly family: string;
  readonly code: string;
  readonly refuse: readonly ScanProfileName[];
}

const ALL: readonly ScanProfileName[] = ['ultra-secure', 'high-security', 'tenant-isolated'];
/** Where the Function constructor is not granted. */
const NO_FN: readonly ScanProfileName[] = ['ultra-secure', 'high-security'];
/** Where lodash is granted and Function is not. */
const LODASH: readonly ScanProfileName[] = ['high-security'];
/** Where lodash is granted (the gadget reaches a global that no profile grants). */
const LODASH_ALL: readonly ScanProfileName[] = ['high-security', 'tenant-isolated'];

const set: EvasiveSnippet[] = [];
const add = (family: string, refuse: readonly ScanProfileName[], codes: readonly string[]): void => {
  codes.forEach((code, i) => {
    set.push({ id: `${family}-${String(i + 1).padStart(2, '0')}`, family, code, refuse });
  });
};

add('global-through-flow', ALL, [
  'const box = [globalThis]; return box[0].process.env;',
  'const box = [0, globalThis]; const i = input.i | 1; return box[i].eval("1");',
  'const g = Object.create(globalThis); return g.process.version;',
  'const g = await Promise.resolve(globalThis); return g.eval("1+1");',
  'function f(g) { return g.process.env } return f(globalThis);',
  '(function (root) { root.eval("1") })(globalThis);',
  'const get = (o) => o; return get(globalThis).process.pid;',
  'const o = { get root() { return globalThis } }; return o.root.process.env;',
  'const p = new Proxy(globalThis, {}); return p.eval("1");',
  'try { throw globalThis } catch (e) { return e.process.env }',
  'try { throw { g: globalThis } } catch ({ g }) { return g.eval("2") }',
  'const holder = {}; holder.g = globalThis; return holder.g.process.env;',
  'const m = new Map(); m.set("g", globalThis); return m.get("g").process.env;',
  'const arr = []; arr.push(globalThis); return arr[0].eval("1");',
  'const { g } = { g: globalThis }; return g.process.env;',
  'const [, g] = [1, globalThis]; return g.eval("1");',
  'const o = Object.assign({}, { g: globalThis }); return o.g.process;',
  'return [globalThis].map((g) => g.process.env)[0];',
  'return Promise.resolve(globalThis).then((g) => g.eval("1"));',
  'const pick = (a, b) => b; return pick(0, globalThis).process.env;',
  'function id(x) { return x } const g = id(id(globalThis)); return g.eval("1");',
  'const w = { root: globalThis }; const k = "ro" + "ot"; return w[k].process.env;',
  'async function root() { return globalThis } const g = await root(); return g.process.env;',
  'for (const g of [globalThis]) return g.eval("1");',
  'const o = { f() { return this } }; return o.f.call(globalThis).process.env;',
  'let g; g ??= globalThis; return g.process.env;',
  'const s = new Set([globalThis]); for (const g of s) return g.process.env;',
  'const make = () => ({ g: globalThis }); return make().g.eval("1");',
  'const w = new WeakMap(); const key = {}; w.set(key, globalThis); return w.get(key).process;',
  'const handler = { get: () => globalThis }; const p = new Proxy({}, handler); return p.x.process.env;',
]);

add('global-through-flow-dynamic-key', ALL, [
  'const box = [globalThis]; return box[0][input.k]("1");',
  'function f(g, k) { return g[k] } return f(globalThis, input.name);',
  'const g = Object.create(globalThis); const k = input.k; return g[k];',
  'try { throw globalThis } catch (e) { return e[input.key] }',
  'const o = { get g() { return globalThis } }; return o.g[String(input.x)];',
]);

add('unknown-constructor', NO_FN, [
  'const C = input.constructor; return C.constructor("return process")();',
  'const x = input.items; return new x.constructor.constructor("return this")();',
  'const f = input.f || (() => 0); return f.constructor("return process")();',
  'function run(v) { return v.constructor.constructor("return globalThis")() } return run(input);',
  'const c = [].at.constructor; return c("return process")();',
  'const k = input.k || "constructor"; return (() => 0)[k]("return 1")();',
  'const o = input; const F = o["const" + "ructor"]["const" + "ructor"]; return F("return 1")();',
  'const F = Object.getPrototypeOf(input.fn).constructor; return F("return process")();',
  'const get = (o) => o.constructor; return get(get(input))("return 1")();',
  'const v = input.list ?? []; const { constructor: { constructor: F } } = v; return F("return 1")();',
  'const C = input.x.constructor; return Reflect.construct(C.constructor, ["return process"])();',
  'return new (input.constructor.constructor)("return 1")();',
  'const w = input.w; const F = w.constructor.constructor; return F.call(null, "return 1")();',
  'const t = `${"con"}${"structor"}`; return input[t][t]("return 1")();',
  'const F = (input.f ?? function () {}).constructor; return F.apply(null, ["return process"])();',
]);

add('function-computed-key', NO_FN, [
  'const k = input.k; return (() => 0)[k]("return 1")();',
  'const f = function () {}; return f[input.key][input.key]("return 1")();',
  'const key = String.fromCharCode(...input.codes); return Math.max[key]("return 1")();',
  'const k = [...input.parts].join(""); return Array.prototype.map[k]("return 1")();',
  'const fn = () => 1; const k = input.k; const C = fn[k]; return C("return process")();',
  'const p = Object.getPrototypeOf(() => 0); return p[input.k]("return 1")();',
  'return JSON.parse[input.k]("return 1")();',
  'const f = parseInt; return f[input.a][input.b]("return 1")();',
  'let k = ""; for (const c of input.chars) k += c; return (() => 0)[k]("return 1")();',
  'const m = "".at; return m[input.k]("return process")();',
]);

add('prototype-pollution-computed', ALL, [
  'const o = {}; o[input.a][input.b] = input.v; return 1;',
  'const target = {}; const [a, b] = ["__pro" + input.x, "polluted"]; target[a][b] = true; return 1;',
  'Object.prototype[input.key] = input.value; return 1;',
  'const p = Object.getPrototypeOf({}); p[input.k] = 1; return 1;',
  'const k = input.k; Array.prototype[k] = () => 1; return 1;',
  'const proto = ({}).__proto__; proto[input.k] = input.v; return 1;',
  'const o = {}; const c = "constructor"; o[c].prototype[input.k] = 1; return 1;',
  'function set(obj, path, v) { obj[path[0]][path[1]] = v } set({}, input.path, 1); return 1;',
]);

add('prepare-stack-trace-alias', ALL, [
  'const E = Error; E.prepareStackTrace = (e, s) => s; return new E().stack;',
  'const E = globalThis["Err" + "or"]; E.prepareStackTrace = (e, s) => s[0].getThis(); return new E().stack;',
  'const { Error: E } = globalThis; E.prepareStackTrace = (_, s) => s; return new E().stack;',
  'const E = [Error][0]; E.prepareStackTrace = (_, s) => s; return new E().stack;',
  'const E = input.E || Error; E.prepareStackTrace = (_, s) => s; return new Error().stack;',
  'const e = new Error(); e.constructor.prepareStackTrace = (_, s) => s; return e.stack;',
]);

add('alias-depth', ALL, [
  (() => {
    const lines = ['const a0 = globalThis;'];
    for (let i = 1; i <= 95; i++) lines.push(`const a${i} = a${i - 1};`);
    return `${lines.join('\n')}\nreturn a95.process.env;`;
  })(),
  (() => {
    const lines = ['let a0 = globalThis;'];
    for (let i = 1; i <= 150; i++) lines.push(`let a${i} = [a${i - 1}][0];`);
    return `${lines.join('\n')}\nreturn a150.eval("1");`;
  })(),
  (() => {
    const lines = ['const f0 = (x) => x;'];
    for (let i = 1; i <= 100; i++) lines.push(`const f${i} = (x) => f${i - 1}(x);`);
    return `${lines.join('\n')}\nreturn f100(globalThis).process.env;`;
  })(),
]);

add('compound-key', ALL, [
  'let k = ""; for (const c of ["pro", "cess"]) k += c; return globalThis[k].env;',
  'let k = "ev"; k += "al"; return globalThis[k]("1");',
  'let k = ""; for (let i = 0; i < input.n; i++) k += input.s[i]; return globalThis[k];',
  'let k = "x"; k = input.k; return self[k];',
  'let n = 0; n++; const names = ["a", "process"]; return globalThis[names[n]].env;',
  'const parts = []; parts.push("ev"); parts.push("al"); return globalThis[parts.join("")]("1");',
]);

add('lodash-gadget', LODASH, [
  'const _ = require("lodash"); return _.invoke(_, "constructor.constructor", "return 1")();',
  'const _ = require("lodash"); const F = _.get(_, ["constructor", "constructor"]); return F("return 1")();',
  'const _ = require("lodash"); return _.result({}, "constructor.constructor")("return 1")();',
  'const _ = require("lodash"); return _.property("constructor.constructor")(_)("return 1")();',
  'const _ = require("lodash"); return _.method("constructor.constructor", "return 1")(_)();',
  'const _ = require("lodash"); return _.get(_, input.path)("return 1")();',
  'const _ = require("lodash"); const p = "constructor"; return _.invoke(_, [p, p], "return 1")();',
  'const l = require("lodash"); const path = input.p; return l.result(l, path);',
]);

add('lodash-template', LODASH, [
  'const _ = require("lodash"); return _.template(input.tpl)({});',
  'const _ = require("lodash"); return _.template("<%= constructor.constructor(\'return 1\')() %>")();',
  'const _ = require("lodash"); const t = _.template; return t(String(input.s))();',
]);

add('lodash-global', LODASH_ALL, [
  'const _ = require("lodash"); return _.get(globalThis, "process.env");',
  'const _ = require("lodash"); return _.invoke(globalThis, "eval", "1");',
  'const _ = require("lodash"); return _.result(globalThis, input.k);',
]);

// Values handed to flows the resolver does not model, then used at a sink. Each snippet is
// checked to reach its target in node:vm by scanner/eval/verify-evasive.ts (input: { k: 'eval', code: '6*7',
// n: 'process', m: 'fs' }).
add('prototype-reach', ALL, [
  'input.constructor.prototype.owned = 1; return ({}).owned;',
  'const m = new WeakMap(); Object.getPrototypeOf(Object.getPrototypeOf(m)).owned = 2; return ({}).owned;',
  'const up = Object.getPrototypeOf; up(up([].entries())).owned = 3; return [].keys().owned;',
  'const s = `t`; s.constructor.prototype.owned ??= 4; return "x".owned;',
  'Object.defineProperty((1n).constructor.prototype, "owned", { value: 5 }); return (2n).owned;',
  'const big = Array.of(1); big.constructor.prototype.__defineGetter__("owned", () => 6); return [].owned;',
  'function* ps() { yield Object.getPrototypeOf(Promise.resolve()); } for (const p of ps()) p.owned = 7; return Promise.resolve().owned;',
  'Reflect.set(JSON.parse("[]").constructor.prototype, "owned", 8); return [].owned;',
  'new Set([Array]).forEach((C) => { C.prototype.owned = 9; }); return [].owned;',
]);

add('global-escape', ALL, [
  'const g = new Set([globalThis]).keys().next().value; return g[input.k](input.code);',
  'const g = Object.fromEntries(new Map([["r", globalThis]])).r; return g[input.k](input.code);',
  'const [g] = [[globalThis]].flatMap((x) => x); return g[input.k](input.code);',
  'const g = [globalThis].values().map((x) => x).toArray()[0]; return g[input.k](input.code);',
  'class K { static #r = globalThis; static r() { return K.#r; } } return K.r()[input.k](input.code);',
  'let G; const t = { set v(x) { G = x; } }; Object.assign(t, { v: globalThis }); return G[input.k](input.code);',
  'const g = await new Promise((ok) => setTimeout(() => ok(globalThis), 0)); return g[input.k](input.code);',
  'async function* src() { yield globalThis; } const it = src(); const g = (await it.next()).value; return g[input.k](input.code);',
  'const g = new WeakRef(globalThis).deref(); return g[input.n].pid;',
  'class It { *[Symbol.iterator]() { yield globalThis; } } const [g] = [...new It()]; const { [input.n]: p } = g; return p.pid;',
  'let K; "<eval>".replace(/<(\\w+)>/, (_, w) => { K = w; return ""; }); const g = Map.groupBy([globalThis], () => 0).get(0)[0]; return g[K](input.code);',
]);

add('error-escape', ALL, [
  'const E = new Set([Error]).values().next().value; E[input.h] = (e, s) => 42; return Error.prepareStackTrace === E[input.h];',
  'const E = [TypeError].map(Object.getPrototypeOf)[0]; Object.assign(E, { [input.h]: (e, s) => 42 }); return typeof Error.prepareStackTrace;',
  'const E = Object.fromEntries([["e", Error]]).e; Reflect.defineProperty(E, input.h, { value: () => 42, configurable: true }); return typeof Error.prepareStackTrace;',
  'const E = new Map([[0, RangeError]]).get(0); const Base = Object.getPrototypeOf(E); const n = Object.getOwnPropertyNames(Base).find((x) => x.startsWith("capt")); const o = {}; Base[n](o); return typeof o.stack;',
  'const cap = Object.values(Object.getOwnPropertyDescriptors(Error)).map((d) => d.value).find((v) => typeof v === "function" && v.length === 2); const o = {}; cap(o); return typeof o.stack;',
]);

add('descriptor-walk', NO_FN, [
  'const P = Object.getPrototypeOf(async () => {}); const C = Object.values(Object.getOwnPropertyDescriptors(P)).find((d) => typeof d.value === "function").value; return await C("return 6*7")();',
  'const ds = Object.getOwnPropertyDescriptors(Object.getPrototypeOf(Math.abs)); let C; for (const k in ds) if (k.length === 11) C = ds[k].value; return C("return 6*7")();',
  'const { constructor: { value: C } } = Object.getOwnPropertyDescriptors(Object.getPrototypeOf(function* () {})); return C("yield 6*7")().next().value;',
  'const all = { ...Object.getOwnPropertyDescriptors(Object.getPrototypeOf(parseInt)) }; return all.constructor.value("return 6*7")();',
  'const by = Object.groupBy(Reflect.ownKeys(Object.getPrototypeOf(() => 0)).map(String), (k) => k.length); const f = () => 0; return f[by[11][0]]("return 6*7")();',
  'function pick(f, d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(f), "constructor")) { return d.value; } return pick(() => 0)("return 6*7")();',
]);

add('reflect-get-indirect', NO_FN, [
  'const read = Function.prototype.call.bind(Reflect.get); return read(null, () => 0, "constructor")("return 6*7")();',
  'const C = Reflect.apply(Reflect.get, null, [async () => 0, "constructor"]); return await C("return 6*7")();',
  'const args = [function* () {}, "constructor"]; const C = Reflect.get(...args); return C("yield 6*7")().next().value;',
  'const C = await Promise.resolve([() => 0, "constructor"]).then((a) => Reflect.get(...a)); return C("return 6*7")();',
  'const names = { c: "constructor" }; const p = new Proxy(() => 0, { get: (t, k) => Reflect.get(t, names[k]) }); return p.c("return 6*7")();',
  'const d = Object.getOwnPropertyDescriptor.call(Object, Object.getPrototypeOf(() => 0), "constructor"); return d.value("return 6*7")();',
]);

add('lodash-template-constant', LODASH, [
  'const _ = require("lodash"); return _.template("<%= 6*7 %>")();',
  'const _ = require("lodash"); return _.template("", { variable: "d" })({});',
  'const _ = require("lodash"); const t = _[["tem", "plate"].join("")]; return t("<%= 6*7 %>")();',
  'const _ = require("lodash"); return _.invoke(_, input.k.length ? "template" : "noop", "<%= 6*7 %>")();',
  'const _ = require("lodash"); return _.flow([_.method("template", "<%= 6*7 %>"), (f) => f()])(_);',
  'const _ = require("lodash"); const [C] = _.at({ f: _.noop }, ["f.constructor"]); return C("return 6*7")();',
]);

add('lodash-prototype-write', LODASH_ALL, [
  'const _ = require("lodash"); _.set(input.constructor.prototype, "owned", 1); return ({}).owned;',
  'const _ = require("lodash"); _.assign(_.toArray("a").constructor.prototype, { owned: 2 }); return [].owned;',
  'const _ = require("lodash"); _.defaults(Object.getPrototypeOf(_.toPlainObject({})), { owned: 3 }); return ({}).owned;',
]);

add(
  'tenant-global-escape',
  ['tenant-isolated'],
  [
    'const g = Function("return this")(); return g[input.k](input.code);',
    'const C = Reflect.get(() => 0, "constructor"); const g = C("return this")(); return g[input.n].pid;',
    'const g = new WeakRef(globalThis).deref(); return g[input.k](input.code);',
    'let K; "[eval]".replace(/\\[(\\w+)\\]/, (_, w) => (K = w)); const g = [globalThis].values().next().value; return g[K](input.code);',
  ],
);

// Second round: the classes closed after the first measurement (each written as a variant of its class).
add('proxy-trap-global', ALL, [
  'const p = new Proxy({}, { get: () => globalThis }); return p.anything.process.pid;',
  'const h = {}; h.get = function () { return self; }; const p = new Proxy({}, { get() { return globalThis; } }); return p[input.k].process.pid;',
  'const trap = () => globalThis; const p = new Proxy(Object.create(null), { get: trap }); return p.x.eval("1 + 1");',
  'const root = new Proxy({}, { get(target, key) { return globalThis; } }); const { process: pr } = root.self; return pr.pid;',
]);

add('descriptor-map', ALL, [
  'const d = Object.getOwnPropertyDescriptors(globalThis); return d[input.k || "eval"].value("1 + 1");',
  'const all = Object.getOwnPropertyDescriptors(globalThis); const k = input.k ?? "Function"; return all[k].value("return 7")();',
  'const entries = Object.entries(Object.getOwnPropertyDescriptors(globalThis)); const hit = entries.find(([k]) => k === (input.k ?? "eval")); return hit[1].value("1");',
  'const vals = Object.values(Object.getOwnPropertyDescriptors(globalThis)).map((d) => d.value); return vals.find((v) => typeof v === "function" && v.name === "ev" + "al")("1 + 1");',
  'const o = {}; o.__defineGetter__("root", () => globalThis); return o.root.process.pid;',
  'const o = {}; Object.defineProperty(o, "r", { get: () => globalThis }); return o.r.eval("2 * 2");',
]);

add('builtin-member-computed-key', NO_FN, [
  'const k = input.k ?? "constructor"; return Array.prototype.filter[k]("return 7")();',
  'const k = input.k ?? ["con", "structor"].join(""); return String.prototype.slice[k]("return 7")();',
  'const k = input.k ?? "constructor"; const m = Math.max; return m[k]("return 7")();',
  'const d = Object.getOwnPropertyDescriptors(Object.getPrototypeOf(parseInt)); return d[input.k ?? "constructor"].value("return 7")();',
]);

add('merge-pollution', ALL, [
  'function merge(t, s) { for (const k in s) { if (s[k] && typeof s[k] === "object") merge(t[k], s[k]); else t[k] = s[k]; } return t; } merge({}, JSON.parse(input.j ?? \'{"__proto__": {"polluted": 1}}\')); return ({}).polluted;',
  'const deep = (a, b) => { for (const key of Object.keys(b)) { if (typeof b[key] === "object") deep(a[key], b[key]); else a[key] = b[key]; } }; deep({}, JSON.parse(`{"__proto__": {"polluted": 1}}`)); return ({}).polluted;',
  'function assignDeep(dst, src) { let k; for (k in src) { if (typeof src[k] === "object") { assignDeep(dst[k], src[k]); } else { dst[k] = src[k]; } } } assignDeep({}, JSON.parse(input.payload ?? \'{"constructor": {"prototype": {"polluted": 1}}}\')); return ({}).polluted;',
]);

add('receiver-this', ALL, [
  'const o = { root: globalThis, run() { return this.root.process.pid; } }; return o.run();',
  'function leak() { return this.process.pid; } return leak.call(globalThis);',
  'function leak() { return this.eval("1 + 1"); } return leak.apply(globalThis, []);',
  'const bound = function () { return this.process; }.bind(globalThis); return bound().pid;',
]);

add('per-call-site-return', ALL, [
  'function pass(x) { return x; } pass(1); pass("a"); return pass(globalThis).process.pid;',
  'const pick = (a, b) => (input.b ? b : a); return pick(globalThis, 0).process.pid;',
  'function first(...xs) { return xs[0]; } return first(globalThis).eval("1 + 1");',
]);

add('pattern-write-target', ALL, [
  'const list = [1]; [Object.getPrototypeOf("").shout] = list; return "a".shout;',
  'const src = { m: () => 2 }; ({ m: Array.prototype.twice } = src); return [].twice();',
  'for (Object.getPrototypeOf({}).seen of [input.v ?? 1]); return ({}).seen;',
  'for (Number.prototype.key in { tag: 1 }); return (0).key;',
  '[...Object.getPrototypeOf([]).tail] = [1, 2]; return [].tail;',
  '[Object.getPrototypeOf(1n).big = 3] = []; return (1n).big;',
]);

// Written after the classes below were closed (a regression guard, not a measure): lodash methods that take a
// string name or path, pollution payloads handed to merges and path setters, values carried through promise
// combinators, reducers, iterator helpers and `arguments`, and Error.captureStackTrace through aliases.
add('lodash-string-name', LODASH_ALL, [
  'const _ = require("lodash"); return _.invoke([globalThis], "0.eval", "6*7");',
  'const _ = require("lodash"); const read = _.propertyOf(globalThis); return read(input.n).pid;',
  'const _ = require("lodash"); return _.flatMap([globalThis], "process.pid")[0];',
  'const _ = require("lodash"); const call = _.partial(_.invoke, globalThis); return call(input.k, input.code);',
  'const _ = require("lodash"); return _(globalThis).get("process").pid;',
]);
add('lodash-string-name-fn', LODASH, [
  'const _ = require("lodash"); const [F] = _.invokeMap([Math.abs], "constructor", "return 6*7"); return F();',
  'const _ = require("lodash"); const C = _.property(["constructor"])(Math.min); return C("return 6*7")();',
  'const _ = require("lodash"); const t = _.flow([_.trim, _.template]); return t(" <%= 6*7 %> ")();',
  'const _ = require("lodash"); return _.chain(" <%= 6*7 %>").trim().template().value()();',
]);
add('pollution-payload', ALL, [
  'function put(o, p, v) { const ks = p.split("."); let c = o; for (const k of ks.slice(0, -1)) c = c[k] || (c[k] = {}); c[ks.pop()] = v; } put({}, "__proto__.polluted", 1); return ({}).polluted;',
  'const fold = (dst, src) => { Object.entries(src).forEach(([k, v]) => { if (typeof v === "object") fold(dst[k] ??= {}, v); else dst[k] = v; }); }; fold({}, JSON.parse(\'{"__proto__":{"polluted":1}}\')); return ({}).polluted;',
  'const payload = JSON.parse(\'{"constructor": {"prototype": {"polluted": 1}}}\'); function mix(a, b) { for (const k in b) { if (b[k] && typeof b[k] === "object") mix(a[k], b[k]); else a[k] = b[k]; } } mix({}, payload); return ({}).polluted;',
]);
add('value-carrier', NO_FN, [
  'const C = await Promise.all([Math.ceil]).then(([f]) => f.constructor); return C("return 6*7")();',
  'const C = await Promise.any([Math.floor]).then((f) => f.constructor); return C("return 6*7")();',
  'const C = [Math.sin].reduce((acc, f) => f.constructor, 0); return C("return 6*7")();',
  'const [C] = [Math.cos].values().filter(Boolean).map((f) => f.constructor).toArray(); return C("return 6*7")();',
  'function second() { return arguments[1]; } return second(0, Math.tan).constructor("return 6*7")();',
]);
add('value-carrier-global', ALL, [
  'const [r] = await Promise.allSettled([globalThis]); return r.value[input.k](input.code);',
  'const g = await Promise.race([globalThis]).finally(() => 0); return g.eval(input.code);',
  'const g = [globalThis].values().next().value; return g.eval(input.code);',
]);
add('capture-alias', ALL, [
  'const o = {}; Object.getPrototypeOf(EvalError).captureStackTrace(o); return typeof o.stack;',
  'const { captureStackTrace: cap } = Error; const o = {}; cap(o); return typeof o.stack;',
  'const o = {}; Reflect.get(Error, "capture" + "StackTrace")(o); return typeof o.stack;',
  'const o = {}; [Error].forEach((E) => E.captureStackTrace(o)); return typeof o.stack;',
]);

/** The evasive set: every snippet with its family and the profiles where it must be refused. */
export const EVASIVE_SET: readonly EvasiveSnippet[] = Object.freeze(set);
