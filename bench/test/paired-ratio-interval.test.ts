import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  pairedRatioInterval,
  signedRankCdf,
  signedRankCriticalCount,
  walshAverages,
} from '../lib/paired-ratio.js';

/** A seeded generator (mulberry32), so every synthetic sample is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds of a noisy machine: a load factor per round hits both sides, plus each side's own jitter. */
function rounds(n: number, shift: number, seed: number, jitter = 0.05) {
  const next = rng(seed);
  const base: number[] = [];
  const head: number[] = [];
  for (let i = 0; i < n; i++) {
    const load = 1 + 4 * next() ** 3; // 1x to 5x, mostly near 1x, as on the shared machine
    base.push(1.2 * load * (1 + jitter * (next() - 0.5)));
    head.push(1.2 * shift * load * (1 + jitter * (next() - 0.5)));
  }
  return { base, head };
}

test('the signed-rank distribution matches counting every sign pattern', () => {
  const n = 8;
  const counts = new Array<number>((n * (n + 1)) / 2 + 1).fill(0);
  for (let mask = 0; mask < 2 ** n; mask++) {
    let sum = 0;
    for (let r = 1; r <= n; r++) if (mask & (1 << (r - 1))) sum += r;
    counts[sum] = (counts[sum] as number) + 1;
  }
  const cdf = signedRankCdf(n);
  let running = 0;
  for (let s = 0; s < counts.length; s++) {
    running += counts[s] as number;
    assert.ok(Math.abs((cdf[s] as number) - running / 2 ** n) < 1e-12, `P(T+ <= ${s})`);
  }
  assert.is(cdf[cdf.length - 1], 1);
});

test('critical counts are those of the published tables', () => {
  // n = 10, alpha 0.05: P(T+ <= 8) = 25/1024 = 0.0244 <= 0.025 < P(T+ <= 9) = 33/1024.
  assert.is(signedRankCriticalCount(10, 0.05), 9);
  // n = 10, alpha 0.01: P(T+ <= 3) = 5/1024 <= 0.005 < P(T+ <= 4) = 7/1024.
  assert.is(signedRankCriticalCount(10, 0.01), 4);
  // Five pairs cannot give a 95% interval: the smallest tail, 1/32, is above 0.025.
  assert.is(signedRankCriticalCount(5, 0.05), 0);
});

test('Walsh averages are every pairwise mean, sorted', () => {
  assert.equal(walshAverages([3, 1]), [1, 2, 3]);
  assert.is(walshAverages([1, 2, 3, 4]).length, 10);
});

test('an exact shift is estimated exactly, with a zero-width interval', () => {
  const base = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const r = pairedRatioInterval(
    base.map((b) => b * 1.1),
    base,
    0.05,
  );
  assert.ok(Math.abs(r.estimate - 1.1) < 1e-12);
  assert.ok(Math.abs(r.low - 1.1) < 1e-12 && Math.abs(r.high - 1.1) < 1e-12);
  assert.is(r.pairs, 10);
  assert.is(r.level, 0.95);
});

test('a 10% slowdown under load that moves rounds up to 5x is found: the interval excludes 1', () => {
  const { base, head } = rounds(12, 1.1, 7);
  const r = pairedRatioInterval(head, base, 0.01);
  assert.ok(r.low > 1 && r.low <= 1.1 && r.high >= 1.1, `[${r.low}, ${r.high}]`);
  assert.ok(Math.abs(r.estimate - 1.1) < 0.03, String(r.estimate));
});

test('a faster head gives an interval below 1', () => {
  const { base, head } = rounds(12, 0.8, 11);
  const r = pairedRatioInterval(head, base, 0.01);
  assert.ok(r.high < 1 && r.low <= 0.8 && r.high >= 0.8, `[${r.low}, ${r.high}]`);
});

test('the 95% interval covers the true ratio in about 95% of synthetic runs', () => {
  let covered = 0;
  const runs = 400;
  for (let seed = 1; seed <= runs; seed++) {
    const shift = [1, 1.1, 1.25][seed % 3] as number;
    const { base, head } = rounds(10, shift, seed, 0.2);
    const r = pairedRatioInterval(head, base, 0.05);
    if (r.low <= shift && shift <= r.high) covered++;
  }
  // The exact level for 10 pairs is 1 - 2 * 25/1024 = 95.1%; 400 runs put the rate within about ±2.2%.
  assert.ok(covered / runs > 0.9 && covered / runs < 0.99, `${covered}/${runs}`);
});

test('failed rounds are dropped, and too few pairs give an unbounded interval', () => {
  const r = pairedRatioInterval([1, Number.NaN, 1.1, 0, 1.2], [1, 1, Number.NaN, 1, 1], 0.05);
  assert.is(r.pairs, 2);
  assert.is(r.low, 0);
  assert.is(r.high, Infinity);
  const none = pairedRatioInterval([], [], 0.05);
  assert.ok(Number.isNaN(none.estimate));
  assert.is(none.pairs, 0);
});

test.run();
