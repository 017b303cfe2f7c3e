import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildCompareReport, figuresOf } from '../cli/compare-cli.js';
import type { ProbeOutput } from '../lib/compare-probe.js';
import { formatCompareReport, outcomeOf, verdictOf } from '../lib/compare-verdict.js';
import type { RatioInterval } from '../lib/paired-ratio.js';

const options = { threshold: 0.05, alpha: 0.01 };
const interval = (estimate: number, low: number, high: number): RatioInterval => ({
  estimate,
  low,
  high,
  level: 0.99,
  pairs: 10,
});

test('slower beyond the band with an interval above 1 is different (slower)', () => {
  assert.equal(verdictOf(interval(1.1, 1.04, 1.16), options), { verdict: 'different', direction: 'slower' });
});

test('faster beyond the band with an interval below 1 is different (faster)', () => {
  assert.equal(verdictOf(interval(0.8, 0.75, 0.9), options), { verdict: 'different', direction: 'faster' });
});

test('an interval inside the band is the same, even when it excludes 1', () => {
  assert.equal(verdictOf(interval(1.0, 0.97, 1.03), options), { verdict: 'same' });
  assert.equal(verdictOf(interval(1.02, 1.01, 1.04), options), { verdict: 'same' });
});

test('an interval that crosses the band, or no estimate, is unknown', () => {
  assert.equal(verdictOf(interval(1.03, 0.9, 1.2), options), { verdict: 'unknown' });
  // Excludes 1, but the estimate is inside the band and the interval leaves it: unknown, not a regression.
  assert.equal(verdictOf(interval(1.04, 1.01, 1.09), options), { verdict: 'unknown' });
  assert.equal(verdictOf(interval(1.2, 0, Infinity), options), { verdict: 'unknown' });
  assert.equal(verdictOf(interval(Number.NaN, 0, Infinity), options), { verdict: 'unknown' });
});

const rounds = (values: number[], factor: number) => values.map((v) => v * factor);
const load = [1, 1.4, 2.2, 1.1, 3.5, 1.05, 1.8, 1.3, 2.9, 1.2];

test('a report from per-round figures: a 25% slowdown fails, a 0% change passes', () => {
  const slow = buildCompareReport(
    { base: 'main', head: 'working tree' },
    10,
    {
      base: { a: rounds(load, 1), b: rounds(load, 2) },
      head: { a: rounds(load, 1.25), b: rounds(load, 2) },
      errors: { base: {}, head: {} },
    },
    options,
  );
  assert.is(slow.outcome, 'fail');
  assert.is(slow.scenarios[0]?.direction, 'slower');
  assert.is(slow.scenarios[1]?.verdict, 'same');
  assert.match(
    formatCompareReport(slow),
    /a +\S+ +\S+ +\+25\.0% +\[\+25\.0%, \+25\.0%\] +different \(slower\)/,
  );
  const same = buildCompareReport(
    { base: 'main', head: 'working tree' },
    10,
    { base: { a: rounds(load, 1) }, head: { a: rounds(load, 1) }, errors: { base: {}, head: {} } },
    options,
  );
  assert.is(same.outcome, 'pass');
});

test('a scenario that runs on base and breaks on head fails; broken on both only warns', () => {
  const nan = load.map(() => Number.NaN);
  const report = (head: number[], base: number[]) =>
    buildCompareReport(
      { base: 'main', head: 'working tree' },
      10,
      { base: { a: base }, head: { a: head }, errors: { base: {}, head: { a: 'TypeError: boom' } } },
      options,
    );
  const broken = report(nan, load);
  assert.is(broken.outcome, 'fail');
  assert.is(broken.scenarios[0]?.error, 'TypeError: boom');
  assert.is(outcomeOf(report(nan, nan).scenarios), 'warn');
});

test('figures of one metric are taken round by round, a failed probe leaving NaN and its error', () => {
  const ok = (cpu: number): ProbeOutput => ({
    figures: { 'scanner.1kb': { wallP50: 9, wallP10: 8, wallMin: 7, cpuMean: cpu } },
    errors: {},
  });
  const failed: ProbeOutput = { figures: {}, errors: { 'scanner.1kb': 'probe failed: timeout' } };
  const figures = figuresOf({ base: [ok(1), ok(2)], head: [failed, ok(2.2)] }, 'cpuMean');
  assert.equal(figures.base['scanner.1kb'], [1, 2]);
  assert.ok(Number.isNaN(figures.head['scanner.1kb']?.[0]));
  assert.is(figures.head['scanner.1kb']?.[1], 2.2);
  assert.is(figures.errors.head['scanner.1kb'], 'probe failed: timeout');
  assert.equal(figuresOf({ base: [ok(1)], head: [ok(1)] }, 'wallMin').base['scanner.1kb'], [7]);
});

test.run();
