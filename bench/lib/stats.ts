/**
 * Small statistics for benchmark samples: quantiles, a latency summary, and the Mann-Whitney U test the
 * gate uses to tell a real change from noise. No distribution is assumed: benchmark timings on a shared
 * machine are skewed and heavy-tailed, which is why the gate uses a rank test and medians, never means.
 */

import type { LatencySummary } from '../../results/index.js';

export type { LatencySummary };

/** The `q` quantile (0..1) of `values` by linear interpolation; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (position - low);
}

/** The median of `values`; NaN when there are none. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The arithmetic mean of `values`; NaN when there are none. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** p50, p75, p99 and mean of `samples`, rounded to the microsecond-thousandth. */
export function summarize(samples: readonly number[]): LatencySummary {
  return {
    p50: round(quantile(samples, 0.5)),
    p75: round(quantile(samples, 0.75)),
    p99: round(quantile(samples, 0.99)),
    mean: round(mean(samples)),
  };
}

/** Rounds to `digits` decimals (default 4), keeping NaN as NaN. */
export function round(value: number, digits = 4): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Abramowitz-Stegun 7.1.26 approximation of erf: absolute error under 1.5e-7, ample for a p-value. */
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-x * x));
}

/** Ranks of the pooled values (ties get their average rank) and the tie correction term. */
function pooledRanks(a: readonly number[], b: readonly number[]): { rankSumA: number; tieTerm: number } {
  const pooled = [...a.map((v) => ({ v, a: true })), ...b.map((v) => ({ v, a: false }))];
  pooled.sort((x, y) => x.v - y.v);
  let rankSumA = 0;
  let tieTerm = 0;
  for (let i = 0; i < pooled.length; ) {
    let j = i;
    while (j + 1 < pooled.length && pooled[j + 1]?.v === pooled[i]?.v) j++;
    const rank = (i + j) / 2 + 1;
    const ties = j - i + 1;
    tieTerm += ties ** 3 - ties;
    for (let k = i; k <= j; k++) if (pooled[k]?.a) rankSumA += rank;
    i = j + 1;
  }
  return { rankSumA, tieTerm };
}

/**
 * Two-sided p-value of the Mann-Whitney U test (normal approximation with tie correction). It is
 * approximate below about 8 samples a side; with fewer than 2 a side, or when every value is equal,
 * nothing can be told apart and the answer is 1.
 */
export function mannWhitneyP(a: readonly number[], b: readonly number[]): number {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 < 2 || n2 < 2) return 1;
  const { rankSumA, tieTerm } = pooledRanks(a, b);
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  const z = (Math.abs(u - (n1 * n2) / 2) - 0.5) / Math.sqrt(variance);
  if (z <= 0) return 1;
  return Math.min(1, 2 * (1 - 0.5 * (1 + erf(z / Math.SQRT2))));
}
