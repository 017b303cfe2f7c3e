/**
 * Scan flood: a 140 KB snippet of `a = a + 1` lines (whose scan once held the host's event loop for
 * seconds) is scanned on the scanner's worker thread. Its scan fails closed within its budget, another
 * tenant's request completes meanwhile, and the host's timers keep firing. Timings are printed, not
 * asserted (the machine is shared); the outcome codes are asserted.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime } from '../runtime.js';
import { outcome } from './helpers.js';

const FLOOD = `let a = 0;\n${'a = a + 1;\n'.repeat(14_000)}return a;`;

test('scan flood: the flood fails closed with ERR_SECURITY_SCAN_FAILED while another tenant runs', async () => {
  // A budget below what parsing 140 KB takes makes the outcome deterministic: scan-time-budget.
  const rt = createRuntime({ pool: { min: 1 }, isolation: 'in-process', scanner: { timeBudgetMs: 60 } });
  try {
    await rt.execute({ code: 'return 0', tenantId: 'warm' });
    let last = performance.now();
    let maxGapMs = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      maxGapMs = Math.max(maxGapMs, now - last);
      last = now;
    }, 5);
    const flood = rt.execute({ code: FLOOD, tenantId: 'flood' }).then(
      () => ({ ok: true as const, code: '', ruleIds: [] as string[] }),
      (error: { code: string; report?: { findings: Array<{ ruleId: string }> } }) => ({
        ok: false as const,
        code: error.code,
        ruleIds: error.report?.findings.map((f) => f.ruleId) ?? [],
      }),
    );
    const other = outcome(rt, { code: 'return 1', tenantId: 'other' });
    const [refused, neighbour] = await Promise.all([flood, other]);
    clearInterval(timer);
    console.log(`scan flood: largest host timer gap ${maxGapMs.toFixed(0)} ms`);
    assert.equal(refused, { ok: false, code: 'ERR_SECURITY_SCAN_FAILED', ruleIds: ['scan-time-budget'] });
    assert.equal(neighbour, { ok: true, value: 1, logs: [] });
  } finally {
    await rt.dispose();
  }
});

test('scan flood: with the scanner off the runtime runs it to completion (it is benign, only large)', async () => {
  const rt = createRuntime({ pool: { min: 1 }, isolation: 'in-process' });
  try {
    assert.equal(await outcome(rt, { code: FLOOD, scan: false }), { ok: true, value: 14_000, logs: [] });
  } finally {
    await rt.dispose();
  }
});

test.run();
