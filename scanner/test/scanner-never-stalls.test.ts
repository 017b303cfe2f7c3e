/**
 * The scan's cost is linear in the input and bounded by its budget; `scanSync` and `scan` never throw.
 * No timing is asserted (the machine is shared): the tests assert outcomes a quadratic resolver or a
 * missing budget check cannot produce.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SecurityScanner } from '../security-scanner.js';

/** About 140 KB of reassignments: quadratic resolution held the host for tens of seconds on this text. */
const REASSIGNMENTS = `let a = 0;\n${'a = a + 1;\n'.repeat(14_000)}return a;`;

test('reassignment flood: a 140 KB snippet of `a = a + 1` completes with a verdict under a generous budget', () => {
  // With a 60 s budget a quadratic resolver (about 30 s here, more under load) would be at risk; linear takes < 1 s.
  const report = new SecurityScanner({ timeBudgetMs: 60_000 }).scanSync({
    code: REASSIGNMENTS,
    profile: 'ultra-secure',
  });
  assert.equal(
    report.findings.map((f) => f.ruleId),
    [],
  );
  assert.is(report.grade, 'A');
});

test('reassignment flood: a tiny budget fails closed with scan-time-budget, not a hang', () => {
  const report = new SecurityScanner({ timeBudgetMs: 1 }).scanSync({
    code: REASSIGNMENTS,
    profile: 'ultra-secure',
  });
  assert.is(report.secure, false);
  assert.equal(
    report.findings.map((f) => f.ruleId),
    ['scan-time-budget'],
  );
});

test('alias chain of 300 names: followed to the end, not dropped at a depth limit', () => {
  const lines = ['const a0 = globalThis;'];
  for (let i = 1; i <= 300; i++) lines.push(`const a${i} = a${i - 1};`);
  lines.push('return a300.eval("1")');
  const report = new SecurityScanner({ timeBudgetMs: 10_000 }).scanSync({ code: lines.join('\n') });
  assert.ok(report.findings.some((f) => f.ruleId === 'eval'));
});

const throwing = (field: string): object =>
  Object.defineProperty({ code: 'return 1', profile: 'ultra-secure', executionId: 'e' }, field, {
    get() {
      throw new Error(`getter ${field}`);
    },
  });

test('hostile requests: throwing getters on executionId, code or profile never make scanSync throw', () => {
  const scanner = new SecurityScanner();
  const ok = scanner.scanSync(throwing('executionId') as never);
  assert.is(ok.secure, true);
  assert.is(ok.executionId, undefined);
  for (const field of ['code', 'profile']) {
    const report = scanner.scanSync(throwing(field) as never);
    assert.is(report.secure, false, field);
    assert.is(report.grade, 'F', field);
  }
  const proxy = new Proxy(
    {},
    {
      get() {
        throw new Error('proxy');
      },
    },
  );
  assert.is(scanner.scanSync(proxy as never).secure, false);
  for (const bad of [null, undefined, 1, 'code', [], () => 0]) {
    assert.is(scanner.scanSync(bad as never).secure, false, String(bad));
  }
});

test('hostile requests: scan never rejects', async () => {
  const report = await new SecurityScanner().scan(throwing('executionId') as never);
  assert.is(report.secure, true);
  const failed = await new SecurityScanner().scan(throwing('code') as never);
  assert.is(failed.secure, false);
});

test.run();
