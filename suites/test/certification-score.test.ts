import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { certifyProfile, gradeFor, runWeight, scoreFromWeights } from '../certification.js';
import type { ConformanceResults } from '../conformance-results.js';
import { mergeResultsDocuments } from '../merge-results.js';
import type { RunRecord } from '../run-record.js';
import { scannerMetrics } from '../scanner-metrics.js';

function record(over: Partial<RunRecord>): RunRecord {
  return {
    sampleId: 's',
    kind: 'malicious',
    category: 'code-generation',
    generated: false,
    profile: 'ultra-secure',
    scan: false,
    expected: 'blocked [runtime]',
    actual: 'threw ERR_SCRIPT_ERROR',
    code: 'ERR_SCRIPT_ERROR',
    refusedByScan: false,
    scanExpected: false,
    pass: true,
    blocking: false,
    durationMs: 1,
    ...over,
  };
}
// Coverage rule off: these tests judge a handful of records (the rule has its own test).
const repro = { reproduce: () => 'repro', requiredCategories: [] };

test('weights: benign 1, malicious 2, escape 10', () => {
  assert.is(runWeight(record({ kind: 'benign' })), 1);
  assert.is(runWeight(record({})), 2);
  assert.is(runWeight(record({ pass: false, failureKind: 'escape' })), 10);
});

test('score is the weighted pass rate, rounded to 0.1', () => {
  assert.is(scoreFromWeights({ total: 12, passed: 2 }), 1.7);
  assert.is(scoreFromWeights({ total: 0, passed: 0 }), 10);
});

test('grades: escapes and only escapes are F, uncertified at most C', () => {
  assert.is(gradeFor(10, true, 0), 'A');
  assert.is(gradeFor(9, true, 0), 'B');
  assert.is(gradeFor(10, false, 0), 'C');
  assert.is(gradeFor(9.9, false, 1), 'F');
  assert.is(gradeFor(4, true, 0), 'D');
  assert.is(gradeFor(0, false, 0), 'D');
});

test('one escape among passes: not certified, score reflects the heavy weight', () => {
  const records = [
    record({ sampleId: 'a' }),
    record({ sampleId: 'b', pass: false, failureKind: 'escape', blocking: true }),
    record({ sampleId: 'c', kind: 'benign' }),
  ];
  const cert = certifyProfile('ultra-secure', records, repro);
  assert.is(cert.certified, false);
  assert.is(cert.escapes, 1);
  assert.is(cert.score, 2.3); // (2 + 1) / (2 + 10 + 1)
  assert.is(cert.grade, 'F');
  assert.is(cert.failures[0]?.reproduce, 'repro');
});

test('known failures still count against certification, but not as unexpected', () => {
  const records = [record({ pass: false, failureKind: 'not-blocked', blocking: true, known: 'documented' })];
  const cert = certifyProfile('ultra-secure', records, repro);
  assert.is(cert.certified, false);
  assert.is(cert.knownFailures, 1);
  assert.is(cert.unexpectedFailures, 0);
});

test('non-blocking malicious failures keep the certification', () => {
  const passing = Array.from({ length: 10 }, (_, i) => record({ sampleId: `p${i}` }));
  const records = [record({ pass: false, failureKind: 'wrong-stage' }), ...passing];
  const cert = certifyProfile('ultra-secure', records, repro);
  assert.is(cert.certified, true);
  assert.is(cert.score, 9.8); // 20 / 20.5: a surface deviation weighs 0.5
  assert.is(cert.grade, 'A');
  assert.is(cert.findings?.surface, 1);
});

test('scanner metrics count scan-stage positives and benign negatives', () => {
  const records = [
    record({ scan: true, scanExpected: true, refusedByScan: true }),
    record({ sampleId: 'm2', scan: true, scanExpected: true }),
    record({ sampleId: 'm3', scan: true, scanExpected: false }),
    record({
      sampleId: 'b1',
      kind: 'benign',
      category: 'data',
      scan: true,
      expected: 'allowed 1',
      refusedByScan: true,
    }),
    record({ sampleId: 'b2', kind: 'benign', category: 'data', scan: true, expected: 'allowed 1' }),
  ];
  const [metrics] = scannerMetrics(records, ['ultra-secure']);
  assert.equal(
    { tp: metrics?.overall.tp, fn: metrics?.overall.fn, fp: metrics?.overall.fp, tn: metrics?.overall.tn },
    { tp: 1, fn: 1, fp: 1, tn: 1 },
  );
  assert.is(metrics?.overall.f1, 0.5);
  assert.is(metrics?.categories['benign/data']?.fpr, 0.5);
});

test('merging shards sums counts and recomputes the verdict', () => {
  const shard = (index: number, records: RunRecord[]): ConformanceResults =>
    ({
      schemaVersion: 1,
      adapter: { name: 'x', capabilities: {} },
      startedAt: '2026-01-01T00:00:0' + index + 'Z',
      durationMs: index * 10,
      corpus: { version: 'v', malicious: 2, benign: 0, generated: 0, invalid: [] },
      shard: { index, count: 2 },
      filter: null,
      complete: false,
      status: 0,
      warnings: [],
      unsupportedProfiles: [],
      profiles: [certifyProfile('ultra-secure', records, repro)],
      scanner: { available: false, profiles: [] },
    }) as unknown as ConformanceResults;
  const merged = mergeResultsDocuments([
    shard(1, [record({ sampleId: 'a' })]),
    shard(2, [record({ sampleId: 'b', pass: false, failureKind: 'escape', blocking: true })]),
  ]);
  assert.is(merged.complete, true);
  assert.is(merged.profiles[0]?.samples, 2);
  assert.is(merged.profiles[0]?.certified, false);
  assert.is(merged.profiles[0]?.score, 1.7);
  assert.is(merged.durationMs, 20);
});

test.run();
