/**
 * Values followed through data flow, not spellings: the global object, Function and Error reach their
 * sinks through containers, parameters, returns, promises, destructuring, Object.create/assign, getters,
 * Proxy targets, `catch` bindings, loops and compound assignment.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ruleIds } from './rule-tester.js';

const flags = (code: string, ruleId: string): boolean => ruleIds(code, 'ultra-secure').includes(ruleId);

const GLOBAL_FLOWS: Record<string, string> = {
  'array index': 'const box = [globalThis]; return box[0].process.env;',
  'array index, unknown': 'const box = [0, globalThis]; return box[input.i].process;',
  'Object.create': 'const g = Object.create(globalThis); return g.process.version;',
  'await Promise.resolve': 'const g = await Promise.resolve(globalThis); return g.process;',
  parameter: 'function f(g) { return g.process.env } return f(globalThis);',
  'immediately invoked': '(function (root) { return root.process })(globalThis);',
  'returned by an arrow': 'const get = (o) => o; return get(globalThis).process.pid;',
  getter: 'const o = { get root() { return globalThis } }; return o.root.process.env;',
  'Proxy target': 'const p = new Proxy(globalThis, {}); return p.process;',
  catch: 'try { throw globalThis } catch (e) { return e.process.env }',
  'catch destructuring': 'try { throw { g: globalThis } } catch ({ g }) { return g.process }',
  'member write': 'const holder = {}; holder.g = globalThis; return holder.g.process.env;',
  'Map.set/get': 'const m = new Map(); m.set("g", globalThis); return m.get("g").process.env;',
  push: 'const arr = []; arr.push(globalThis); return arr[0].process;',
  'object destructuring': 'const { g } = { g: globalThis }; return g.process.env;',
  'array destructuring': 'const [, g] = [1, globalThis]; return g.process;',
  'Object.assign': 'const o = Object.assign({}, { g: globalThis }); return o.g.process;',
  'array callback': 'return [globalThis].map((g) => g.process.env)[0];',
  'then callback': 'return Promise.resolve(globalThis).then((g) => g.process);',
  'async return': 'async function root() { return globalThis } const g = await root(); return g.process;',
  'for-of': 'for (const g of [globalThis]) return g.process.env;',
  'call with this': 'const o = { f() { return this } }; return o.f.call(globalThis).process.env;',
  'logical assignment': 'let g; g ??= globalThis; return g.process.env;',
  'Set iteration': 'const s = new Set([globalThis]); for (const g of s) return g.process.env;',
};

for (const [flow, code] of Object.entries(GLOBAL_FLOWS)) {
  test(`global object through ${flow}`, () => {
    assert.ok(flags(code, 'host-globals'), code);
  });
}

test('compound assignment makes a key unknown, not its first value', () => {
  assert.ok(
    flags('let k = ""; for (const c of input.s) k += c; return globalThis[k];', 'global-dynamic-key'),
  );
  assert.ok(flags('let k = "ev"; k += "al"; return self[k]("1");', 'global-dynamic-key'));
  assert.ok(
    flags('const p = []; p.push("ev"); p.push("al"); return globalThis[p.join("")];', 'global-dynamic-key'),
  );
  assert.not.ok(flags('let k = "Math"; return globalThis[k].max(1, 2);', 'global-dynamic-key'));
});

test('alias chains longer than the old depth limit are followed', () => {
  const lines = ['const a0 = globalThis;'];
  for (let i = 1; i <= 95; i++) lines.push(`const a${i} = a${i - 1};`);
  assert.ok(flags(`${lines.join('\n')}\nreturn a95.process.env;`, 'host-globals'));
});

test('stack-trace hooks on aliases of Error', () => {
  assert.ok(
    flags('const E = [Error][0]; E.prepareStackTrace = (_, s) => s; return 1;', 'prepare-stack-trace'),
  );
  assert.ok(flags('const E = input.E; E.prepareStackTrace = (_, s) => s; return 1;', 'prepare-stack-trace'));
  assert.ok(
    flags('const { Error: E } = globalThis; E.stackTraceLimit = 0; return 1;', 'prepare-stack-trace'),
  );
});

test('prototype pollution through computed keys', () => {
  assert.ok(flags('const o = {}; o[input.a][input.b] = input.v; return 1;', 'prototype-write'));
  assert.ok(flags('const p = Object.getPrototypeOf({}); p[input.k] = 1; return 1;', 'prototype-write'));
  assert.ok(flags('const p = ({}).__proto__; p[input.k] = 1; return 1;', 'prototype-write'));
  assert.ok(flags('const o = {}; o.constructor.prototype[input.k] = 1; return 1;', 'prototype-write'));
  // Indexes and tables the snippet initialised itself are not the pollution shape.
  assert.not.ok(
    flags('const g = [[0]]; for (let i = 0; i < 1; i++) g[i][i] = 1; return g;', 'prototype-write'),
  );
  assert.not.ok(
    flags(
      'const t = {}; for (const r of input.rows) { t[r.a] ??= {}; t[r.a][r.b] = 1 } return t;',
      'prototype-write',
    ),
  );
});

test.run();
