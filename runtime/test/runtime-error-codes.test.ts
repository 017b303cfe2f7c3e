/** Every error code of the runtime, reached through the public API; tests assert codes, never text. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SandboxError } from '../errors.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({ pool: { min: 0, max: 2, maxQueue: 2 }, maxCodeBytes: 1000 });
});

async function invalid(request: unknown, field: string) {
  try {
    await rt.execute(request as never);
    assert.unreachable('should reject');
  } catch (error) {
    assert.instance(error, SandboxError);
    assert.is((error as SandboxError).code, 'ERR_INVALID_REQUEST');
    assert.is((error as SandboxError).field, field);
  }
}

test('bad requests reject with ERR_INVALID_REQUEST naming the field', async () => {
  await invalid(null, 'request');
  await invalid({}, 'code');
  await invalid({ code: 42 }, 'code');
  await invalid({ code: 'x'.repeat(1001) }, 'code');
  await invalid({ code: '1', profile: 'nope' }, 'profile');
  await invalid({ code: '1', profile: 7 }, 'profile');
  await invalid({ code: '1', timeoutMs: 60_000 }, 'timeoutMs');
  await invalid({ code: '1', timeoutMs: -1 }, 'timeoutMs');
  await invalid({ code: '1', tenantId: '' }, 'tenantId');
  await invalid({ code: '1', tenantId: 'a/b' }, 'tenantId');
  await invalid({ code: '1', scan: 'yes' }, 'scan');
  await invalid({ code: '1', extra: true }, 'extra');
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  await invalid({ code: '1', input: cyclic }, 'input.self');
  await invalid({ code: '1', input: { f: () => 1 } }, 'input.f');
  await invalid({ code: '1', input: { n: 10n } }, 'input.n');
  await invalid({ code: '1', input: { d: new Date() } }, 'input.d');
  await invalid({ code: '1', input: { n: Number.NaN } }, 'input.n');
  await invalid(
    { code: '1', input: Object.defineProperty({}, 'g', { get: () => 1, enumerable: true }) },
    'input.g',
  );
});

test('input is a copy, visible as the global `input`', async () => {
  const data = { list: [1, 2, 3] };
  const o = await outcome(rt, { code: 'input.list.push(4); return input.list', input: data, scan: false });
  assert.equal(o, { ok: true, value: [1, 2, 3, 4], logs: [] });
  assert.equal(data.list, [1, 2, 3]);
});

test('a syntax error is ERR_SYNTAX', async () => {
  assert.equal(await outcome(rt, { code: 'return 1 +', scan: false }), { ok: false, code: 'ERR_SYNTAX' });
  assert.equal(await outcome(rt, { code: 'with ({}) {}', scan: false }), { ok: false, code: 'ERR_SYNTAX' });
});

test('a guest exception is ERR_SCRIPT_ERROR with its name, and no host path or frame', async () => {
  try {
    await rt.execute({ code: 'throw new TypeError("boom")', scan: false });
    assert.unreachable();
  } catch (error) {
    const e = error as SandboxError;
    assert.is(e.code, 'ERR_SCRIPT_ERROR');
    assert.is(e.guestName, 'TypeError');
    assert.not.match(String(e.stack), /\/work\/|node_modules|\.ts:|file:\/\//);
  }
});

test('guest stacks hold no host path', async () => {
  const o = await outcome(rt, { code: 'try { null.x } catch (e) { return e.stack }', scan: false });
  assert.ok(o.ok);
  if (o.ok) assert.not.match(String(o.value), /\/work\/|node_modules|\.ts:|file:\/\//);
});

test("an unhandled rejection fails the execution as the guest's error (RX-unhandled-rejection), and the host survives", async () => {
  for (const code of [
    'Promise.reject(new TypeError("r")); return 1',
    '(async () => { throw new TypeError("t") })(); return 2',
  ]) {
    assert.equal(
      await outcome(rt, { code, scan: false }),
      { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'TypeError' },
      code,
    );
  }
  assert.equal(
    await outcome(rt, {
      code: 'const p = Promise.reject(new Error("x")); await null; p.catch(() => {}); return 3',
      scan: false,
    }),
    {
      ok: true,
      value: 3,
      logs: [],
    },
  );
  assert.equal(await outcome(rt, { code: 'return 4', scan: false }), { ok: true, value: 4, logs: [] });
});

test('a scan refusal is ERR_SECURITY_SCAN_FAILED and carries the report', async () => {
  try {
    await rt.execute({ code: 'return eval("1")' });
    assert.unreachable();
  } catch (error) {
    const e = error as SandboxError;
    assert.is(e.code, 'ERR_SECURITY_SCAN_FAILED');
    const report = e.report as { secure: boolean; grade: string };
    assert.is(report.secure, false);
    assert.is(report.grade, 'F');
  }
});

test('a full queue refuses at once with ERR_QUEUE_FULL', async () => {
  const slow = { code: 'for (;;) {}', scan: false, timeoutMs: 300 };
  const running = [rt.execute(slow), rt.execute(slow), rt.execute(slow), rt.execute(slow)];
  const refused = await outcome(rt, slow);
  assert.equal(refused, { ok: false, code: 'ERR_QUEUE_FULL' });
  const settled = await Promise.allSettled(running);
  assert.ok(
    settled.every((s) => s.status === 'rejected' && (s.reason as SandboxError).code === 'ERR_TIMEOUT'),
  );
});

test('after dispose, execute rejects with ERR_DISPOSED', async () => {
  const local = createRuntime({ pool: { min: 0 } });
  const inflight = outcome(local, { code: 'await new Promise(() => {})', scan: false, timeoutMs: 5_000 });
  await new Promise((r) => setTimeout(r, 50));
  await local.dispose();
  assert.equal(await inflight, { ok: false, code: 'ERR_DISPOSED' });
  assert.equal(await outcome(local, { code: 'return 1' }), { ok: false, code: 'ERR_DISPOSED' });
  assert.is(local.audit.records().length, 1);
});

test.after(() => rt?.dispose());
test.run();
