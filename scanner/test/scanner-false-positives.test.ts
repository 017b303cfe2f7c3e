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

test.run();
