/**
 * Library shapes earlier rules refused: a plugin module that defines methods on `.prototype` of the class
 * it is given (a linked list's `Symbol.iterator`), and a UMD header that hands `this` to its factory
 * wrapper. Each stays unrefused; the attack next to it (data written through the same shape, a builtin
 * passed in, the global object handed to a function the resolver cannot follow) is still refused.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SecurityScanner } from '../security-scanner.js';

const scanner = new SecurityScanner({ timeBudgetMs: 5_000 });

function scan(code: string) {
  const report = scanner.scanSync({ code, profile: 'ultra-secure' });
  return { ...report, ids: report.findings.map((f) => `${f.ruleId}:${f.severity}`) };
}

const PLUGIN =
  'const plugin = function (List) { List.prototype[Symbol.iterator] = function* () { for (let n = this.head; n; n = n.next) yield n.value } }; ';

test('a plugin defining Symbol.iterator on the class it is given is not refused', () => {
  const r = scan(
    `${PLUGIN}const mods = { it: plugin }; function L() { this.head = null } mods.it(L); return [...new L()]`,
  );
  assert.ok(r.secure && 'AB'.includes(r.grade), r.ids.join());
});

test('evasion: the plugin shape writing data into a prototype it is given is still refused', () => {
  const r = scan(
    'const plugin = function (C) { C.prototype.isAdmin = true }; const mods = { p: plugin }; mods.p(input.constructor); return 1',
  );
  assert.ok(!r.secure, r.ids.join());
});

test('evasion: the plugin shape given a builtin the resolver sees is still refused', () => {
  const r = scan(
    '[Array].forEach(function (C) { C.prototype.map = function () { return 1 } }); return [].map()',
  );
  assert.ok(!r.secure, r.ids.join());
});

test('evasion: methods defined through getPrototypeOf are still refused', () => {
  const r = scan(
    'const P = Object.getPrototypeOf(input.list || []); P.includes = function () { return true }; return 1',
  );
  assert.ok(!r.secure, r.ids.join());
});

const UMD =
  '(function (root, factory) { if (typeof exports === "object" && typeof module === "object") module.exports = factory(); else root["Lib"] = factory() })(this, function () { var mods = [function (m) { m.exports = { a: 1 } }]; var cache = {}; function req(id) { if (cache[id]) return cache[id].exports; var m = (cache[id] = { exports: {} }); mods[id].call(m.exports, m, m.exports, req); return m.exports } return req(0) }); return 1';

test('a UMD header handing this to its wrapper is not refused', () => {
  const r = scan(`const module = { exports: {} }; const exports = module.exports; ${UMD}`);
  assert.ok(r.secure && 'AB'.includes(r.grade), r.ids.join());
  assert.not.ok(
    r.ids.some((id) => id.startsWith('escaped-intrinsic')),
    r.ids.join(),
  );
});

test('evasion: the global object handed to a wrapper that reads arguments is still an escape', () => {
  const r = scan(
    '(function () { const g = arguments[0]; return g[input.k](input.c) })(globalThis); return 1',
  );
  assert.ok(!r.secure, r.ids.join());
});

test('evasion: the global object handed to a UMD-style wrapper and indexed is still refused', () => {
  const r = scan('(function (root) { return root[input.k](input.c) })(globalThis); return 1');
  assert.ok(!r.secure, r.ids.join());
});

test.run();
