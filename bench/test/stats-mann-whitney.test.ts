import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mannWhitneyP, median, quantile, summarize } from '../lib/stats.js';

test('quantiles interpolate and ignore input order', () => {
  assert.is(quantile([3, 1, 2, 4], 0.5), 2.5);
  assert.is(quantile([5], 0.99), 5);
  assert.ok(Number.isNaN(median([])));
});

test('summarize gives p50, p75, p99 and mean', () => {
  const s = summarize(Array.from({ length: 101 }, (_, i) => i));
  assert.equal(s, { p50: 50, p75: 75, p99: 99, mean: 50 });
});

test('identical samples cannot be told apart', () => {
  assert.is(mannWhitneyP([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]), 1);
  assert.is(mannWhitneyP([2, 2, 2], [2, 2, 2]), 1);
});

test('fully separated samples of eight a side are significant at 0.01', () => {
  const p = mannWhitneyP([1, 2, 3, 4, 5, 6, 7, 8], [11, 12, 13, 14, 15, 16, 17, 18]);
  assert.ok(p < 0.01, String(p));
});

test('the test is symmetric and needs two samples a side', () => {
  const a = [1, 3, 5, 7, 9];
  const b = [2, 4, 6, 8, 30, 40];
  assert.is(mannWhitneyP(a, b), mannWhitneyP(b, a));
  assert.is(mannWhitneyP([1], [5, 6, 7]), 1);
});

test.run();
