/**
 * Held-out-style detection check under ultra-secure: obfuscated attacks must be refused (insecure) at a rate of
 * at least 97%, and benign look-alikes (the words, shapes and idioms attacks use) must stay secure with a score
 * of at least 9.5, with at most one false positive in 30.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SecurityScanner } from '../security-scanner.js';

const ATTACKS: readonly string[] = [
  'return eval("1+1")',
  'const e = eval; return e("1")',
  'return (0, eval)("this")',
  'return globalThis["ev" + "al"]("1")',
  'return globalThis[`ev${"a"}l`]("1")',
  'return self[String.fromCharCode(101, 118, 97, 108)]("1")',
  'return this[atob("ZXZhbA==")]("1")',
  'return globalThis["lave".split("").reverse().join("")]("1")',
  'const k = ["e", "v", "a", "l"].join(""); return globalThis[k]("1")',
  'return \\u0065\\u0076al("1")',
  'return Function("return this")()',
  'return new Function("return process")()',
  'return ({}).constructor.constructor("return process")()',
  'return [].map.constructor("return this")()',
  'const k = "constructor"; return (() => {})[k]("return 1")()',
  'return (async () => {}).constructor("return 1")()',
  'return Object.getPrototypeOf(function* () {}).constructor("yield 1")().next()',
  'return (async function* () {}).constructor("yield 1")',
  'try { null.x } catch ({ constructor: c }) { return c.constructor("return 1")() }',
  'const { constructor: c } = () => 0; return c("return 1")()',
  'return Reflect.get(() => 0, "constructor")("return 1")()',
  'return Object.getOwnPropertyDescriptor(Function.prototype, "constructor").value("return 1")()',
  'return Error.__proto__.constructor("return 1")()',
  'return import("fs")',
  'return import(/* x */ "data:text/javascript,export default 1")',
  'return process.env',
  'return require("child_process")',
  'return globalThis["pro" + "cess"].mainModule',
  'return module.exports',
  'return Buffer.from("x")',
  'setTimeout("globalThis.x = 1", 0)',
  'Array.prototype.map = function () { return "pwned" }',
  'Object.prototype.then = (r) => r("x")',
  'Object.defineProperty(Array.prototype, 0, { set(v) { globalThis.leak = v } })',
  'Error.prepareStackTrace = (e, cs) => cs.map((c) => c.getThis())',
  'const g = (function () { return this })(); return g["ev" + "al"]("1")',
  'const name = input.n; return globalThis[name]',
  'return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))',
  'const sab = new SharedArrayBuffer(4); return Atomics.wait(new Int32Array(sab), 0, 0, 10)',
  'let x = 1 <!-- eval("1")\nreturn x',
  '}); globalThis.leak = 1; (async function () {',
  'const s = String.fromCharCode(101, 118, 97, 108, 40, 39, 49, 39, 41); return s',
  'const code = atob("cHJvY2Vzcy5leGl0KCk="); return code',
  'return Reflect.apply(Function, null, ["return 1"])',
  'return Function`return this`',
  'const F = Function.prototype.constructor; return F("return 1")()',
  'const [e] = [eval]; return e("1")',
  'const { ["con" + "structor"]: c } = function () {}; return c("return 1")()',
  'return globalThis[[101, 118, 97, 108].map((c) => String.fromCharCode(c)).join("")]("1")',
  'const k = decodeURIComponent("%65%76%61%6c"); return globalThis[k]("1")',
  'let p = "x"; p = "constructor"; return ({})[p][p]("return 1")()',
  'Object.setPrototypeOf(Array.prototype, null)',
  'const o = {}; o.__proto__.polluted = 1',
  'return performance.now()',
];

const BENIGN: readonly string[] = [
  'return "use eval?"',
  '// eval(x) in a comment\nreturn 1',
  'return { eval: 1, constructor: 2, process: 3 }',
  'const job = { process() { return 1 } }; return job.process()',
  'const obj = { require() { return 2 } }; return obj.require()',
  'class A { constructor() { this.x = 1 } name() { return this.constructor.name } } return new A().name()',
  'class B extends Array { constructor() { super() } } return new B().length',
  'const config = { eval: true }; return config.eval',
  'function f(process) { return process.x } return f({ x: 1 })',
  'const require = (x) => x; return require("fs")',
  'return Object.keys(input ?? {})',
  'return Array.from({ length: 3 }, (_, i) => i * 2)',
  'return /^[a-z]+(\\d+)?$/.test("abc12")',
  'return JSON.parse(\'{"a":1}\').a',
  'const r = await Promise.all([1, 2].map(async (x) => x * 2)); return r',
  'function* gen() { yield 1; yield 2 } return [...gen()]',
  'const s = "con" + "structor"; return s.length',
  'return "process".toUpperCase()',
  'const msg = `Processing ${input?.n ?? 0} items`; return msg',
  'const m = new Map([["eval", 1]]); return m.get("eval")',
  'return typeof input === "object"',
  'const x = { constructor: 1 }; return x.constructor',
  'return [3, 1, 2].sort((a, b) => a - b).reverse().join(",")',
  'function Animal(n) { this.n = n } Animal.prototype.speak = function () { return this.n }; return new Animal("x").speak()',
  'const fn = function () {}; return fn.constructor.name',
  'return String.fromCharCode(72, 105)',
  'return atob("aGVsbG8gd29ybGQ=")',
  'return encodeURIComponent("a b&c")',
  'const date = new Date(0); return date.toISOString()',
  'try { JSON.parse("{") } catch (err) { return err.name }',
  'try { null.x } catch ({ message }) { return message.length > 0 }',
  'const { a, b: { c } } = { a: 1, b: { c: 2 } }; return a + c',
  'outer: for (const i of [1, 2]) { if (i) break outer } return 1',
  'const counts = {}; for (const w of "a b a".split(" ")) counts[w] = (counts[w] ?? 0) + 1; return counts',
  'class C { #x = 1; get x() { return this.#x } static create() { return new C() } } return C.create().x',
  'return Math.max(...[1, 5, 3])',
  'const o = Object.freeze({ a: 1 }); return Object.isFrozen(o)',
  'return [1, 2, 3].reduce((a, b) => a + b, 0)',
  'const text = "eval is evil; process it"; return text.split(" ").length',
  'return input?.items?.map((i) => i.name.trim()).filter(Boolean) ?? []',
  'const s = new Set([1, 2]); return [...s].includes(2)',
  'return Number.parseInt("42", 10) + Number("1")',
  'const re = /constructor|eval/g; return "x".replace(re, "")',
  'const handler = { get: (t, k) => k }; return new Proxy({}, handler).foo',
  'return Object.entries({ a: 1 }).map(([k, v]) => k + v)',
  'class E extends Error { constructor(m) { super(m); this.name = "E" } } return new E("x").name',
  'const modules = ["lodash"]; return modules.includes("lodash")',
  'const globalConfig = { timeout: 5 }; return globalConfig.timeout',
];

const scanner = new SecurityScanner({ timeBudgetMs: 5_000 });

test(`detects at least 97% of ${ATTACKS.length} obfuscated attacks`, () => {
  assert.ok(ATTACKS.length >= 40);
  const missed = ATTACKS.filter((code) => scanner.scanSync({ code, profile: 'ultra-secure' }).secure);
  const rate = 1 - missed.length / ATTACKS.length;
  assert.ok(rate >= 0.97, `missed: ${missed.join(' | ')}`);
});

test(`at most 1 in 30 false positives over ${BENIGN.length} benign look-alikes`, () => {
  assert.ok(BENIGN.length >= 40);
  const flagged = BENIGN.filter((code) => {
    const report = scanner.scanSync({ code, profile: 'ultra-secure' });
    return !report.secure || report.score < 9.5;
  });
  assert.ok(flagged.length / BENIGN.length <= 1 / 30, `flagged: ${flagged.join(' | ')}`);
});

test('every benign look-alike parses (the set tests rules, not the parser)', () => {
  for (const code of BENIGN) {
    const ids = scanner.scanSync({ code, profile: 'ultra-secure' }).findings.map((f) => f.ruleId);
    assert.not.ok(ids.includes('parse-error'), code);
  }
});

test.run();
