import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareFigure, DEFAULT_GATE_OPTIONS, formatGateReport, runGate } from '../lib/bench-gate.js';
import { betterBy, ratio, results, rounds, staticTarget } from './bench-fixture.js';

const WARM = 'reference.warm.ultra-secure/floor.fresh-context';
const run = results(
  [ratio(WARM, rounds(3)), ratio('memory.per-execution.ultra-secure', rounds(2000))],
  [staticTarget('static.latency.ultra-secure', 1.2, 50)],
);

test('a run compared with itself is same on every figure and passes', () => {
  const report = runGate(run, [run]);
  assert.is(report.outcome, 'pass');
  assert.ok(report.comparisons.every((c) => c.verdict === 'same'));
  assert.is(report.comparisons.length, 2);
});

test('a baseline ten times better is different and fails', () => {
  const report = runGate(betterBy(run, 10), [run]);
  assert.is(report.outcome, 'fail');
  assert.ok(report.comparisons.every((c) => c.verdict === 'different' && c.fails));
});

test('a baseline whose values alone were made ten times better still fails', () => {
  const edited = { ...run, ratios: run.ratios.map((r) => ({ ...r, value: r.value / 10 })) };
  assert.is(runGate(edited, [run]).outcome, 'fail');
});

test('a worsening within the threshold is same', () => {
  const slower = results([ratio(WARM, rounds(3 * 1.8))]);
  const c = compareFigure(ratio(WARM, rounds(3)), slower.ratios, DEFAULT_GATE_OPTIONS);
  assert.is(c.verdict, 'same');
  assert.not.ok(c.fails);
});

test('a worsening past the threshold that noise could explain is unknown, and the gate warns', () => {
  const noisyBase = ratio(WARM, [1, 2, 3, 4, 5, 6, 7, 8]);
  const noisyNow = ratio(WARM, [2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20]);
  const report = runGate(results([noisyBase]), [results([noisyNow])]);
  assert.is(report.comparisons[0]?.verdict, 'unknown');
  assert.is(report.outcome, 'warn');
});

test('pooling more runs turns an unknown into a verdict', () => {
  const base = ratio(WARM, [1, 2, 3, 4, 5, 6, 7, 8]);
  const now = results([ratio(WARM, [3, 6, 8, 9, 10, 11, 12, 14])]);
  const once = compareFigure(base, now.ratios, DEFAULT_GATE_OPTIONS);
  const pooled = compareFigure(base, [...now.ratios, ...now.ratios, ...now.ratios], DEFAULT_GATE_OPTIONS);
  assert.is(once.verdict, 'unknown');
  assert.is(pooled.verdict, 'different');
});

test('an improvement is same, with a note to update the baseline', () => {
  const c = compareFigure(ratio(WARM, rounds(3)), betterBy(run, 4).ratios.slice(0, 1), DEFAULT_GATE_OPTIONS);
  assert.is(c.verdict, 'same');
  assert.ok(c.note);
});

test('higher-is-better figures regress when they drop', () => {
  const base = ratio('throughput', rounds(100), 'higher');
  const c = compareFigure(base, [ratio('throughput', rounds(10), 'higher')], DEFAULT_GATE_OPTIONS);
  assert.is(c.verdict, 'different');
});

test('a figure missing from the current run fails', () => {
  const report = runGate(run, [results([ratio(WARM, rounds(3))], run.targets)]);
  const missing = report.comparisons.find((c) => c.current === null);
  assert.is(missing?.verdict, 'different');
  assert.is(report.outcome, 'fail');
});

test('with too few samples the threshold alone decides', () => {
  const c = compareFigure(ratio(WARM, [1]), [ratio(WARM, [3])], DEFAULT_GATE_OPTIONS);
  assert.is(c.verdict, 'different');
  assert.is(c.pValue, null);
});

test('a missed static target fails the gate even when every figure is same', () => {
  const missed = { ...run, targets: [staticTarget('static.memory.ultra-secure', 3e6, 2 * 1024 * 1024)] };
  const report = runGate(run, [missed]);
  assert.ok(report.comparisons.every((c) => c.verdict === 'same'));
  assert.is(report.outcome, 'fail');
  assert.is(report.staticFailures[0]?.id, 'static.memory.ultra-secure');
});

test('own targets missed do not fail the gate', () => {
  const own = { ...run, targets: [{ ...staticTarget('own.warm-p50-ms', 2, 0.5), kind: 'own' as const }] };
  assert.is(runGate(run, [own]).outcome, 'pass');
});

test('the text report names every figure and the outcome', () => {
  const text = formatGateReport(runGate(betterBy(run, 10), [run]));
  assert.ok(text.startsWith('gate: FAIL'));
  for (const r of run.ratios) assert.ok(text.includes(r.id));
});

test.run();
