/**
 * Fault injection around disposal (dispose-race): `dispose()` while executions run, wait in the queue or
 * have just been submitted; several `dispose()` calls at once; an isolate disposed under a running guest.
 * Every execution settles with a value or a coded error, the audit file holds one record per execution and
 * verifies, and later calls reject with ERR_DISPOSED. Both isolation modes.
 */
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  BUILTIN_PROFILES,
  createRuntime,
  DEFAULT_FETCH_POLICY,
  DEFAULT_PROFILE,
  internals,
  verifyAuditLog,
} from '../../runtime/index.js';
import { contractBreach, type Settled, settle, tempDir } from './helpers.js';

const SNIPPETS = [
  'for (;;) {}',
  'await new Promise(() => {})',
  'return 1',
  'let s = 0; for (let i = 0; i < 1e6; i++) s += i; return s',
  'await null; return "later"',
];

/** Codes an execution cut short by disposal may end with. */
const CUT_SHORT = new Set(['ok', 'ERR_DISPOSED', 'ERR_TIMEOUT', 'ERR_INTERNAL']);

for (const isolation of ['in-process', 'process'] as const) {
  test(`${isolation}: dispose() with 60 executions in flight and queued settles every one`, async () => {
    const temp = tempDir('dispose');
    const path = join(temp.dir, 'audit.jsonl');
    try {
      const rt = createRuntime({ isolation, audit: { path }, pool: { min: 1, max: 4 } });
      const runs = Array.from({ length: 60 }, (_, i) =>
        settle(rt, {
          code: SNIPPETS[i % SNIPPETS.length],
          scan: false,
          timeoutMs: 2_000,
          tenantId: `t${i % 7}`,
        }),
      );
      await new Promise((r) => setTimeout(r, 150));
      // Concurrent disposal: every call resolves, and only once does the work.
      await Promise.all([rt.dispose(), rt.dispose(), rt.dispose()]);
      const outcomes: Settled[] = await Promise.all(runs);
      for (const o of outcomes) {
        assert.is(contractBreach(o), null);
        assert.ok(CUT_SHORT.has(o.code), o.code);
      }
      assert.ok(
        outcomes.some((o) => o.code === 'ERR_DISPOSED'),
        'some were cut short',
      );
      assert.is((await settle(rt, { code: 'return 1' })).code, 'ERR_DISPOSED');
      const verified = await verifyAuditLog(path);
      assert.equal([verified.ok, verified.records], [true, 60]);
    } finally {
      temp.remove();
    }
  });

  // Found by this suite (in-process only; fixed): an execution whose isolate the disposal reached before
  // it started failed with ERR_INTERNAL, not ERR_DISPOSED.
  test(`${isolation}: dispose() right after submitting, before anything started`, async () => {
    const rt = createRuntime({ isolation, pool: { min: 0 } });
    const runs = Array.from({ length: 10 }, () => settle(rt, { code: 'return 1' }));
    await rt.dispose();
    for (const o of await Promise.all(runs)) assert.ok(o.code === 'ok' || o.code === 'ERR_DISPOSED', o.code);
    assert.is(rt.audit.records().length, 10);
  });
}

const job = (code: string) => ({
  executionId: 'fault-injection',
  code,
  inputJson: undefined,
  timeoutMs: 5_000,
  fetchPolicy: { ...DEFAULT_FETCH_POLICY, allowedOrigins: [] },
});
const limits = { maxLogEntries: 10, maxLogBytes: 1_024, maxResultBytes: 1_024 };

test('an isolate disposed under a running guest: ERR_DISPOSED, and it refuses later work', async () => {
  for (const code of [
    'for (;;) {}',
    'await new Promise(() => {})',
    'for (;;) { try { for (;;) {} } catch {} }',
  ]) {
    const isolate = new internals.SandboxIsolate(BUILTIN_PROFILES[DEFAULT_PROFILE], 64, limits);
    const run = isolate.execute(job(code)).then(
      () => 'ok',
      (e: { code?: string }) => e.code,
    );
    setTimeout(() => isolate.dispose(), 50);
    assert.is(await run, 'ERR_DISPOSED');
    assert.ok(isolate.isDisposed);
    // The pool never hands out a disposed isolate; called anyway, it rejects (today with an uncoded
    // error thrown before its try block: internal API, noted for the runtime owner).
    const again = await isolate.execute(job('return 1')).then(
      () => 'ok',
      () => 'rejected',
    );
    assert.is(again, 'rejected');
  }
});

test('disposing an isolate twice, and mid-compile, is safe', async () => {
  const isolate = new internals.SandboxIsolate(BUILTIN_PROFILES[DEFAULT_PROFILE], 64, limits);
  const run = isolate
    .execute(job(`return ${'1 + '.repeat(20_000)}1`))
    .catch((e: { code?: string }) => e.code);
  isolate.dispose();
  isolate.dispose();
  assert.ok(['ERR_DISPOSED', 'ERR_INTERNAL'].includes((await run) as string));
});

test.run();
