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

/** The evasive set: every snippet with its family and the profiles where it must be refused. */
export const EVASIVE_SET: readonly EvasiveSnippet[] = Object.freeze(set);
