/**
 * A call to execute() after dispose() is refused with ERR_DISPOSED and counted once; it has an audit record
 * while the disposal has not yet closed the log, and none once the log is closed (a closed log takes no
 * record; the call never reached a scanner or a sandbox). Found: such calls left no audit record at all,
 * even those made while dispose() was still pending, and were not counted in metrics().
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { verifyAuditLog } from '../audit/index.js';
import { SandboxError } from '../errors.js';
import { createRuntime } from '../runtime.js';
import { withTempDir } from './audit-helpers.js';

async function refusal(promise: Promise<unknown>): Promise<SandboxError> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, SandboxError, String(error));
    return error as SandboxError;
  }
  throw new Error('execute() after dispose() must reject');
}

for (const isolation of ['in-process', 'process'] as const) {
  test(`${isolation}: execute() after dispose() is ERR_DISPOSED, audited while the log is open, counted`, async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'audit.jsonl');
      const rt = createRuntime({ isolation, processes: 1, pool: { min: 0 }, audit: { path } });
      const ok = await rt.execute({ code: 'return 1', scan: false });
      const disposal = rt.dispose();
      // The disposal has started and the log is still open: the call gets a record.
      const during = await refusal(rt.execute({ code: 'return 2', tenantId: 'late', scan: false }));
      await disposal;
      // The log is closed: the call is refused the same way, and has no record.
      const after = await refusal(rt.execute({ code: 'return 3', scan: false }));
      for (const error of [during, after]) {
        assert.is(error.code, 'ERR_DISPOSED');
        assert.match(error.message, /after dispose\(\)/);
        assert.ok(error.executionId);
      }
      const verified = await verifyAuditLog(path);
      assert.equal([verified.ok, verified.records], [true, 2]);
      const records = readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.equal(
        records.map((r) => [r.executionId, r.tenantId, r.outcome, r.errorCode]),
        [
          [ok.executionId, 'default', 'ok', null],
          [during.executionId, 'late', 'error', 'ERR_DISPOSED'],
        ],
      );
      assert.equal(rt.metrics().total.errorsByCode, { ERR_DISPOSED: 2 });
      assert.is(rt.metrics().total.count, 3);
    });
  });
}

test('a request that is also invalid, after dispose(), is ERR_DISPOSED: the runtime is gone whatever was asked', async () => {
  const rt = createRuntime({ isolation: 'in-process', pool: { min: 0 } });
  await rt.dispose();
  const error = await refusal(rt.execute({ code: 42, profile: Object.create(null) } as never));
  assert.is(error.code, 'ERR_DISPOSED');
  assert.equal(rt.metrics().total.errorsByCode, { ERR_DISPOSED: 1 });
});

test.run();
