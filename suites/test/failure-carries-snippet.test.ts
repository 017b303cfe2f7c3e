/**
 * A failure entry carries the code of the sample that failed, bounded, so that the reports show it without
 * reading the corpus; without a snippet source the entry has none (as in results written before).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FAILURE_SNIPPET_LIMIT } from '../../results/index.js';
import { certifyProfile } from '../certification.js';
import type { RunRecord } from '../run-record.js';

const failed = (sampleId: string): RunRecord => ({
  sampleId,
  kind: 'malicious',
  category: 'code-generation',
  generated: false,
  profile: 'ultra-secure',
  scan: false,
  expected: 'blocked',
  actual: 'completed',
  code: null,
  refusedByScan: false,
  scanExpected: false,
  pass: false,
  failureKind: 'not-blocked',
  reason: 'ran to completion',
  blocking: true,
  durationMs: 3,
});

const CODE: Record<string, string> = {
  short: 'return globalThis.constructor.constructor("return process")()',
  long: `return ${'1+'.repeat(FAILURE_SNIPPET_LIMIT)}1`,
};

test('each failure carries its sample code, cut at the limit', () => {
  const p = certifyProfile('ultra-secure', [failed('short'), failed('long')], {
    reproduce: () => 'npx sandproof conformance',
    snippet: (record) => CODE[record.sampleId],
    requiredCategories: [],
  });
  const byId = new Map(p.failures.map((f) => [f.sampleId, f.snippet]));
  assert.is(byId.get('short'), CODE.short);
  assert.is(byId.get('long')?.length, FAILURE_SNIPPET_LIMIT);
  assert.ok(CODE.long?.startsWith(byId.get('long') ?? '-'));
});

test('without a snippet source, failures carry none', () => {
  const p = certifyProfile('ultra-secure', [failed('short')], {
    reproduce: () => 'npx sandproof conformance',
    requiredCategories: [],
  });
  assert.is(p.failures.length, 1);
  assert.not.ok('snippet' in (p.failures[0] ?? {}));
});

test.run();
