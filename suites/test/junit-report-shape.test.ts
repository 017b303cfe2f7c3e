/**
 * The runner's JUnit file, pinned: one suite per profile (an empty one for a profile without runs), one case
 * per run named by sample and scan mode, a pass bare, a documented failure skipped, an unexpected pass and an
 * undocumented failure as failures typed by finding class and failure kind, times from the run durations.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderJunit } from '../junit-report.js';
import type { RunRecord } from '../run-record.js';

const run = (overrides: Partial<RunRecord>): RunRecord => ({
  sampleId: 'cg-eval-01',
  kind: 'malicious',
  category: 'code-generation',
  generated: false,
  profile: 'ultra-secure',
  scan: true,
  expected: 'blocked',
  actual: 'blocked ERR_SECURITY_SCAN_FAILED',
  code: 'ERR_SECURITY_SCAN_FAILED',
  refusedByScan: true,
  scanExpected: true,
  pass: true,
  blocking: false,
  durationMs: 250,
  ...overrides,
});

test('records to the one JUnit shape', () => {
  const xml = renderJunit(
    'ref',
    ['ultra-secure', 'tenant-isolated'],
    [
      run({}),
      run({ scan: false, pass: false, known: 'documented', failureKind: 'wrong-error', durationMs: 1_000 }),
      run({
        sampleId: 'b-1',
        kind: 'benign',
        category: 'json',
        unexpectedPass: 'stale entry',
        durationMs: 5,
      }),
      run({
        sampleId: 'x<1>',
        pass: false,
        blocking: true,
        failureKind: 'escape',
        actual: 'completed',
        reason: 'the canary "moved"',
        durationMs: 2,
      }),
    ],
  );
  assert.is(
    xml,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites>',
      '  <testsuite name="sandproof conformance: ref / ultra-secure" tests="4" failures="2" skipped="1" time="1.257">',
      '    <testcase name="cg-eval-01 [scan]" classname="ultra-secure.malicious.code-generation" time="0.250"/>',
      '    <testcase name="cg-eval-01 [no-scan]" classname="ultra-secure.malicious.code-generation" time="1.000">',
      '      <skipped message="known failure: documented"/>',
      '    </testcase>',
      '    <testcase name="b-1 [scan]" classname="ultra-secure.benign.json" time="0.005">',
      '      <failure type="unexpected-pass" message="unexpected pass (expectations file says: stale entry)"/>',
      '    </testcase>',
      '    <testcase name="x&lt;1&gt; [scan]" classname="ultra-secure.malicious.code-generation" time="0.002">',
      '      <failure type="escape/escape" message="expected blocked; got completed; the canary &quot;moved&quot;"/>',
      '    </testcase>',
      '  </testsuite>',
      '  <testsuite name="sandproof conformance: ref / tenant-isolated" tests="0" failures="0" skipped="0" time="0.000">',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'),
  );
});

test.run();
