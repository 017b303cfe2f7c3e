/**
 * The worker scanner gives the in-thread scanner's verdicts without holding the calling thread, never
 * rejects, and shares one worker between scanners with the same options. Timer gaps are printed, not
 * asserted (the machine is shared).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SecurityScanner } from '../security-scanner.js';
import { WorkerScanner } from '../worker-scanner.js';

const FLOOD = `let a = 0;\n${'a = a + 1;\n'.repeat(14_000)}return a;`;

async function largestGap(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let max = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
  }, 5);
  await work();
  clearInterval(timer);
  return Math.max(max, performance.now() - last);
}

test('worker scanner: same verdicts as the in-thread scanner', async () => {
  // A generous budget: the verdicts, not the machine's load, are compared.
  const worker = new WorkerScanner({ timeBudgetMs: 20_000 });
  const inline = new SecurityScanner({ timeBudgetMs: 20_000 });
  try {
    for (const code of ['return 1', 'return eval("1")', 'const g = [globalThis][0]; return g.process']) {
      for (const profile of ['ultra-secure', 'tenant-isolated'] as const) {
        const a = await worker.scan({ code, profile, executionId: 'x' });
        const b = inline.scanSync({ code, profile, executionId: 'x' });
        assert.equal(
          a.findings.map((f) => f.ruleId),
          b.findings.map((f) => f.ruleId),
          code,
        );
        assert.is(a.secure, b.secure);
        assert.is(a.executionId, 'x');
      }
    }
  } finally {
    await worker.close();
  }
});

test('worker scanner: hostile requests resolve to fail-closed reports, never rejections', async () => {
  const worker = new WorkerScanner();
  try {
    const throwing = Object.defineProperty({ profile: 'ultra-secure' }, 'code', {
      get() {
        throw new Error('getter');
      },
    });
    for (const bad of [throwing, null, 42, { code: 1 }, { code: 'return 1', profile: 'nope' }]) {
      const report = await worker.scan(bad as never);
      assert.is(report.secure, false);
    }
  } finally {
    await worker.close();
  }
});

test('worker scanner: the reassignment flood fails closed within its budget off the calling thread', async () => {
  const worker = new WorkerScanner({ timeBudgetMs: 20 });
  try {
    await worker.scan({ code: 'return 0' }); // start the worker
    let ruleIds: string[] = [];
    const workerGap = await largestGap(async () => {
      ruleIds = (await worker.scan({ code: FLOOD })).findings.map((f) => f.ruleId);
    });
    const inlineGap = await largestGap(async () => {
      new SecurityScanner({ timeBudgetMs: 20 }).scanSync({ code: FLOOD });
    });
    console.log(
      `flood: largest timer gap ${workerGap.toFixed(0)} ms on the worker, ${inlineGap.toFixed(0)} ms in-thread`,
    );
    assert.equal(ruleIds, ['scan-time-budget']);
  } finally {
    await worker.close();
  }
});

test.run();
