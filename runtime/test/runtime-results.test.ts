/**
 * Results are serialized inside the isolate under the deadline: hostile values can neither hang nor
 * crash the host, and what cannot be given is ERR_RESULT_NOT_TRANSFERABLE.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({
    pool: { min: 1 },
    output: { maxLogEntries: 5, maxLogBytes: 200, maxResultBytes: 10_000 },
  });
});
const run = (code: string) => outcome(rt, { code, profile: 'ultra-secure', scan: false });
const NOT_TRANSFERABLE = { ok: false, code: 'ERR_RESULT_NOT_TRANSFERABLE' };

test('JSON data comes back as a copy', async () => {
  assert.equal(await run('return { a: [1, "x", null, true], b: { c: 1.5 } }'), {
    ok: true,
    value: { a: [1, 'x', null, true], b: { c: 1.5 } },
    logs: [],
  });
});

test('no return gives undefined', async () => {
  assert.equal(await run('const x = 1;'), { ok: true, value: undefined, logs: [] });
});

test('functions, symbols and BigInt at the top are not transferable', async () => {
  assert.equal(await run('return () => 1'), NOT_TRANSFERABLE);
  assert.equal(await run('return Symbol("s")'), NOT_TRANSFERABLE);
  assert.equal(await run('return 10n'), NOT_TRANSFERABLE);
  assert.equal(await run('return { big: 1n }'), NOT_TRANSFERABLE);
});

test('cycles are not transferable', async () => {
  assert.equal(await run('const a = {}; a.self = a; return a'), NOT_TRANSFERABLE);
});

test('getters, proxies and toJSON run inside the sandbox', async () => {
  assert.equal(await run('return { get x() { return 5 } }'), { ok: true, value: { x: 5 }, logs: [] });
  assert.equal(
    await run(
      'return new Proxy({}, { ownKeys: () => ["k"], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }), get: () => 9 })',
    ),
    {
      ok: true,
      value: { k: 9 },
      logs: [],
    },
  );
  assert.equal(await run('return { toJSON() { return "custom" } }'), { ok: true, value: 'custom', logs: [] });
});

test('a getter that throws is not transferable, not a crash', async () => {
  assert.equal(await run('return { get x() { throw new Error("no") } }'), NOT_TRANSFERABLE);
});

test('a result over the size cap is not transferable', async () => {
  assert.equal(await run('return "x".repeat(20000)'), NOT_TRANSFERABLE);
});

test('tampering with JSON.stringify does not reach the serializer', async () => {
  assert.equal(
    await run('JSON.stringify = () => "{\\"ok\\":true,\\"value\\":\\"forged\\"}"; return "real"'),
    {
      ok: true,
      value: 'real',
      logs: [],
    },
  );
});

test('a thenable result is awaited inside the sandbox', async () => {
  assert.equal(await run('return { then(resolve) { resolve(3) } }'), { ok: true, value: 3, logs: [] });
});

test('console output is captured and bounded', async () => {
  const o = await rt.execute({
    code: 'for (let i = 0; i < 50; i++) console.log("line", i); return 1',
    scan: false,
  });
  assert.is(o.logs.length, 5);
  assert.is(o.logs[0], 'line 0');
  assert.is(o.logsDropped, 45);
});

test('console formats objects and survives hostile ones', async () => {
  const o = await rt.execute({
    code: 'console.log({ a: 1 }); console.warn({ toJSON() { throw 1 } }); return 1',
    scan: false,
  });
  assert.equal(o.logs, ['{"a":1}', 'warn: [object Object]']);
});

test.after(() => rt?.dispose());
test.run();
