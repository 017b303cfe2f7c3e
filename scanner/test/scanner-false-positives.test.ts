/**
 * Benign shapes that earlier generations of the scanner refused: reads of Function.prototype methods,
 * joined words, `.constructor` of data, feature probes, timers given functions.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SecurityScanner } from '../security-scanner.js';

const scanner = new SecurityScanner({ timeBudgetMs: 5_000 });
const secure = (code: string): boolean =>
  (['ultra-secure', 'high-security', 'tenant-isolated'] as const).every(
    (profile) => scanner.scanSync({ code, profile }).secure,
  );

test('reading Function.prototype methods is not code generation', () => {
  assert.ok(secure('const toString = Function.prototype.toString; return typeof toString.call((a) => a);'));
  assert.ok(secure('return Function.prototype.call.length;'));
  assert.ok(secure('return Object.getPrototypeOf(input.f ?? (() => 0)) === Function.prototype;'));
  assert.ok(secure('return (input.x ?? 0).constructor === Function;'));
  // ... but reaching Function through it is.
  assert.not.ok(secure('return Function.prototype.constructor("return 1")();'));
});

test('joined words are not code', () => {
  assert.ok(secure('return ["process", "data"].join("-");'));
  assert.ok(secure('const k = ["user", input.id, "eval"].join("-"); return k;'));
  assert.ok(secure('return "require" + " " + "approval";'));
  assert.not.ok(secure('const c = ["pro", "cess.exit()"].join(""); return eval(c);'));
});

test('.constructor of data is not Function unless it is given code', () => {
  assert.ok(secure('const { constructor: C } = input.items ?? []; return C === Array;'));
  assert.ok(secure('const v = input.v ?? {}; return v.constructor.name;'));
  assert.ok(secure('const v = input.v ?? []; return new v.constructor(3).length;'));
  assert.not.ok(secure('const { constructor: C } = input.items ?? []; return C.constructor("return 1")();'));
});

test('feature probes are informational', () => {
  const report = scanner.scanSync({
    code: 'const o = globalThis; return typeof o.navigator;',
    profile: 'ultra-secure',
  });
  assert.ok(report.secure);
  assert.ok(report.findings.every((f) => f.severity === 'info' || f.severity === 'low'));
});

test('timers given a function are medium; given a string they are high', () => {
  const fn = scanner.scanSync({ code: 'setTimeout(() => 0, 10); return 1;', profile: 'ultra-secure' });
  assert.is(fn.secure, true);
  assert.ok(fn.findings.some((f) => f.ruleId === 'host-globals' && f.severity === 'medium'));
  assert.is(
    scanner.scanSync({ code: 'setTimeout("input.x", 10); return 1;', profile: 'ultra-secure' }).secure,
    false,
  );
});

test('a lookup table filled by data keys is not pollution; an own object or input keys are', () => {
  // Library shapes (a YAML schema's type map, a colour-conversion graph): the table is not the snippet's literal.
  assert.ok(secure('function collect(type) { result[type.kind][type.tag] = type; } return typeof collect;'));
  assert.ok(
    secure(
      'function bfs(from) { const graph = build(); graph[from].distance = 0; return graph; } return typeof bfs;',
    ),
  );
  assert.not.ok(secure('const o = {}; o[input.a][input.b] = input.v; return 1;'));
  assert.not.ok(secure('const t = table(); t[input.a][input.b] = 1; return 1;'));
  assert.not.ok(
    secure('function set(obj, path, v) { obj[path[0]][path[1]] = v } set({}, input.path, 1); return 1;'),
  );
});

test('a deep-merge helper is medium unless its keys come from input or name a prototype', () => {
  const merge =
    'function merge(t, s) { for (const k in s) { if (typeof s[k] === "object") merge(t[k], s[k]); else t[k] = s[k]; } }';
  assert.ok(secure(`${merge} return typeof merge;`));
  assert.ok(secure(`${merge} return merge({}, { a: { b: 1 } });`));
  assert.not.ok(secure(`${merge} merge({}, JSON.parse(input.j)); return 1;`));
  assert.not.ok(secure(`${merge} merge({}, JSON.parse(input.j ?? '{"__proto__": {"x": 1}}')); return 1;`));
  assert.not.ok(secure(`${merge} merge({}, JSON.parse('{"__proto__": {"x": 1}}')); return 1;`));
});

test("replacing an own object's prototype is not pollution; a builtin's is", () => {
  // Transpiled class inheritance (`extendStatics`).
  assert.ok(secure('const inherit = function (d, b) { d.__proto__ = b; }; return typeof inherit;'));
  assert.not.ok(secure('Array.prototype.__proto__ = { polluted: 1 }; return 1;'));
  assert.not.ok(secure('const o = {}; o.__proto__.polluted = 1; return 1;'));
  assert.not.ok(secure('function f(p) { p.__proto__ = null } f(Object.getPrototypeOf([])); return 1;'));
});

test('CommonJS `exports` of library code is medium; process and Buffer stay high', () => {
  assert.ok(secure('function norm(p) { return exports.isAbsolute(p) ? p : "/" + p; } return typeof norm;'));
  assert.not.ok(secure('return exports.constructor.constructor("return process")();'));
  assert.not.ok(secure('return Buffer.allocUnsafe(64);'));
  assert.not.ok(secure('return process.argv;'));
});

test.run();
