import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ruleIds } from './rule-tester.js';

const flagged = (code: string, ruleId: string): boolean => ruleIds(code, 'ultra-secure').includes(ruleId);

test('global object aliases', () => {
  for (const alias of [
    'globalThis',
    'self',
    'window',
    'this',
    '(function () { return this })()',
    '(() => globalThis)()',
  ]) {
    assert.ok(flagged(`const g = ${alias}; return g.eval("1")`, 'eval'), alias);
  }
});

test('aliases through variables, reassignment, conditionals and sequences', () => {
  assert.ok(flagged('let f = 1; f = (() => 0).constructor; return f("return 1")', 'constructor-chain'));
  assert.ok(flagged('const g = input.x ? globalThis : self; return g.process', 'host-globals'));
  assert.ok(flagged('const g = (0, globalThis); return g["ev" + "al"]', 'eval'));
  assert.ok(flagged('function get() { return globalThis } return get().process', 'host-globals'));
});

test('call, apply and bind of code generators', () => {
  assert.ok(
    flagged('const C = (() => 0).constructor; return C.apply(null, ["return 1"])()', 'constructor-chain'),
  );
  assert.ok(
    flagged('const C = (() => 0).constructor; return C.bind(null)("return 1")()', 'constructor-chain'),
  );
  assert.ok(flagged('return eval.call(null, "1")', 'eval'));
});

test('shadowed names are user code', () => {
  assert.not.ok(flagged('function f(process) { return process.x } return f({ x: 1 })', 'host-globals'));
  assert.not.ok(flagged('const Buffer = [1]; return Buffer.length', 'host-globals'));
  assert.not.ok(flagged('{ const process = 1; } return 2', 'host-globals'));
  assert.ok(flagged('{ const process = 1; } return process', 'host-globals'));
  assert.not.ok(flagged('function f() { var module = {}; return module } return f()', 'host-globals'));
  assert.not.ok(flagged('try { null.x } catch (process) { return process.name }', 'host-globals'));
});

test('hoisted declarations shadow before their line', () => {
  assert.not.ok(flagged('const r = process(); function process() { return 1 } return r', 'host-globals'));
});

test('this inside user functions and classes is not the global object', () => {
  assert.not.ok(flagged('function F() { return this[input.k] } return 1', 'global-dynamic-key'));
  assert.not.ok(flagged('class A { x = this[input.k] } return 1', 'global-dynamic-key'));
  assert.ok(flagged('const f = () => this[input.k]; return f()', 'global-dynamic-key'));
});

test('unicode-escaped identifiers match on their decoded names', () => {
  assert.ok(flagged('return \\u0070rocess', 'host-globals'));
  assert.ok(flagged('return ({})["\\u0063onstructor"]["\\u0063onstructor"]("1")', 'constructor-chain'));
});

test.run();
