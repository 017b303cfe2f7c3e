/**
 * Bad input never costs unbounded memory, and every failure of execute() is a SandboxError counted once.
 * - Requests naming random profiles (found: 2,000 of them made 2,000 metric series and about 458 MB).
 * - An audit sink that cannot be written (/dev/full): execute() rejected with an AuditError, not a
 *   SandboxError, and the execution was counted twice.
 */
import { existsSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SandboxError } from '../errors.js';
import { UNKNOWN_PROFILE } from '../monitor/index.js';
import { createRuntime, type Runtime } from '../runtime.js';

const MB = 2 ** 20;
const runtimes: Runtime[] = [];
const newRuntime = (options: Parameters<typeof createRuntime>[0]): Runtime => {
  const rt = createRuntime(options);
  runtimes.push(rt);
  return rt;
};

test('2,000 requests naming random profiles: one series for them all, bounded memory', async () => {
  const rt = newRuntime({ isolation: 'in-process', pool: { min: 0 } });
  const before = process.memoryUsage().rss;
  for (let i = 0; i < 2_000; i++) {
    const profile = `random-${i}-${Math.random().toString(36).slice(2)}`;
    try {
      await rt.execute({ code: 'return 1', profile });
      assert.unreachable('an unknown profile must be refused');
    } catch (error) {
      assert.instance(error, SandboxError);
      assert.is((error as SandboxError).code, 'ERR_INVALID_REQUEST');
    }
  }
  const growthMb = (process.memoryUsage().rss - before) / MB;
  const metrics = rt.metrics();
  assert.equal(Object.keys(metrics.profiles), [UNKNOWN_PROFILE]);
  assert.equal([metrics.total.count, metrics.total.errorsByCode], [2_000, { ERR_INVALID_REQUEST: 2_000 }]);
  // 2,000 series of three 10,000-sample windows were about 458 MB; the bound leaves room for the
  // 2,000 in-memory audit records and allocator noise.
  assert.ok(growthMb < 64, `resident memory grew ${growthMb.toFixed(1)} MB`);
});

const devFull = existsSync('/dev/full');

for (const isolation of ['in-process', 'process'] as const) {
  test(`${isolation}: an audit sink on /dev/full rejects execute() with a SandboxError, counted once`, async () => {
    if (!devFull) return console.log('skipped: this system has no /dev/full');
    const rt = newRuntime({ isolation, processes: 1, pool: { min: 0 }, audit: { path: '/dev/full' } });
    const codes: string[] = [];
    for (const code of ['return 1', 'throw new Error("guest")', 'for (;;) {}']) {
      try {
        await rt.execute({ code, scan: false, timeoutMs: 200 });
        assert.unreachable('a result whose audit record is missing must not be handed out');
      } catch (error) {
        assert.instance(error, SandboxError, String(error));
        codes.push((error as SandboxError).code);
        assert.match((error as SandboxError).message, /audit record/);
        assert.ok((error as SandboxError).executionId);
      }
    }
    assert.equal(codes, ['ERR_INTERNAL', 'ERR_INTERNAL', 'ERR_INTERNAL']);
    const { total } = rt.metrics();
    assert.equal([total.count, total.errors, total.errorsByCode], [3, 3, { ERR_INTERNAL: 3 }]);
  });
}

test.after(async () => {
  await Promise.all(runtimes.map((rt) => rt.dispose()));
});

test.run();
