/**
 * Wrong codes and blame after a crash, with real sandbox children. A child that ends itself (simulated
 * here by SIGABRT, the signal of a V8 abort) was ended by something it ran: its executions fail with
 * ERR_INTERNAL and none of them runs again, since the culprit among them cannot be told apart and would
 * crash the next child. A child killed from outside blames nobody: its executions run again elsewhere.
 * The rules themselves are unit-tested in runtime/test/crash-blame.test.ts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../../runtime/index.js';
import { contractBreach, settle } from './helpers.js';

/** Runs about 2 s of CPU, then returns 1: long enough to be in flight when its child is signalled. */
const LONG = 'const t = Date.now(); let n = 0; while (Date.now() - t < 2000) n++; return 1';

async function startRuntime(): Promise<Runtime> {
  const rt = createRuntime({ isolation: 'process', processes: 1, pool: { min: 1, max: 4 } });
  assert.equal(await settle(rt, { code: 'return 0', scan: false }), { code: 'ok', value: 0 });
  return rt;
}

/** Submits `count` long executions, waits until they are in the child, then sends `signal` to it. */
async function crashWhileRunning(rt: Runtime, count: number, signal: NodeJS.Signals) {
  const [pid] = rt.stats().sandboxPids;
  const runs = Array.from({ length: count }, () => settle(rt, { code: LONG, scan: false }));
  await new Promise((r) => setTimeout(r, 400));
  process.kill(pid!, signal);
  return Promise.all(runs);
}

test('a child that aborts under several executions: each fails with ERR_INTERNAL, none is re-run', async () => {
  const rt = await startRuntime();
  try {
    const outcomes = await crashWhileRunning(rt, 3, 'SIGABRT');
    for (const o of outcomes) assert.is(contractBreach(o), null);
    assert.equal(
      outcomes.map((o) => o.code),
      ['ERR_INTERNAL', 'ERR_INTERNAL', 'ERR_INTERNAL'],
      'a re-run would have completed with 1, and would have run the unknown culprit again',
    );
    assert.is(rt.stats().processRestarts, 1, 'one crash, one replacement');
    assert.equal(await settle(rt, { code: 'return "served"', scan: false }), { code: 'ok', value: 'served' });
    // One audit record per execution: 1 warm-up, 3 crashed, 1 served.
    assert.is(rt.audit.records().length, 5);
    assert.equal(
      rt.audit
        .records()
        .slice(1, 4)
        .map((r) => r.errorCode),
      ['ERR_INTERNAL', 'ERR_INTERNAL', 'ERR_INTERNAL'],
    );
  } finally {
    await rt.dispose();
  }
});

test('a child that aborts under one execution: that one is the culprit, with no resource code', async () => {
  const rt = await startRuntime();
  try {
    const [outcome] = await crashWhileRunning(rt, 1, 'SIGABRT');
    assert.is(outcome?.code, 'ERR_INTERNAL', 'no out-of-memory report: not ERR_MEMORY_LIMIT');
    assert.is(rt.stats().processRestarts, 1);
  } finally {
    await rt.dispose();
  }
});

test('a child killed from outside blames nobody: its executions run again and complete', async () => {
  const rt = await startRuntime();
  try {
    const outcomes = await crashWhileRunning(rt, 3, 'SIGKILL');
    assert.equal(
      outcomes.map((o) => o.code),
      ['ok', 'ok', 'ok'],
    );
    assert.is(rt.stats().processRestarts, 1);
  } finally {
    await rt.dispose();
  }
});

test.run();
