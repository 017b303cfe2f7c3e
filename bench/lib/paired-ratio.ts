/**
 * The ratio of two versions measured side by side, round after round, with a confidence interval.
 *
 * Each round yields one figure per version (the median of a fresh process's timings), so the rounds are
 * pairs: a burst of load from another process hits both members of a pair, and the ratio within a pair
 * cancels it. The interval is taken on the logarithms of the per-round ratios with the Wilcoxon
 * signed-rank test: its point estimate is the Hodges-Lehmann estimator (the median of the Walsh
 * averages), its bounds order statistics of the same averages at the test's exact critical value. It
 * assumes only that the log ratios of a round are symmetric around their centre, not that they are
 * normal: timings on a shared machine are skewed and heavy-tailed, their log ratios much less so.
 */

/** A ratio (head over base) and its confidence interval; bounds are 0 and Infinity when unbounded. */
export interface RatioInterval {
  /** Hodges-Lehmann estimate of the ratio. */
  estimate: number;
  low: number;
  high: number;
  /** Confidence level of [low, high], e.g. 0.99. */
  level: number;
  /** Rounds (pairs) that entered the interval. */
  pairs: number;
}

/**
 * P(T+ <= s) for s = 0..n(n+1)/2, where T+ is the Wilcoxon signed-rank statistic of `n` pairs under the
 * null hypothesis (every sign equally likely). Exact, by counting subsets of {1..n} by their sum.
 */
export function signedRankCdf(n: number): number[] {
  const max = (n * (n + 1)) / 2;
  let density = new Array<number>(max + 1).fill(0);
  density[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    const next = new Array<number>(max + 1).fill(0);
    for (let s = 0; s <= max; s++) {
      const without = density[s] as number;
      const withRank = s >= rank ? (density[s - rank] as number) : 0;
      next[s] = (without + withRank) / 2;
    }
    density = next;
  }
  const cdf: number[] = [];
  let sum = 0;
  for (const p of density) {
    sum += p;
    cdf.push(Math.min(1, sum));
  }
  return cdf;
}

/**
 * How many of the smallest (and of the largest) Walsh averages fall outside a two-sided interval at
 * level 1 - alpha: the largest c with P(T+ <= c - 1) <= alpha / 2. Zero means no interval exists at
 * that level with so few pairs (the smallest attainable tail, 2^-n, is already too large).
 */
export function signedRankCriticalCount(n: number, alpha: number): number {
  if (n < 1) return 0;
  const cdf = signedRankCdf(n);
  let c = 0;
  while (c < cdf.length && (cdf[c] as number) <= alpha / 2) c++;
  return c;
}

/** Every average (d_i + d_j) / 2 with i <= j, sorted. */
export function walshAverages(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++)
    for (let j = i; j < values.length; j++) out.push(((values[i] as number) + (values[j] as number)) / 2);
  return out.sort((a, b) => a - b);
}

function sortedMedian(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(mid)] as number) + (sorted[Math.ceil(mid)] as number)) / 2;
}

/**
 * The ratio head / base over paired rounds (`head[i]` and `base[i]` measured in round i) with a
 * two-sided confidence interval at level 1 - alpha. Pairs where either figure is missing, zero or not
 * finite are dropped. With no usable pair the estimate is NaN and the interval unbounded.
 */
export function pairedRatioInterval(
  head: readonly number[],
  base: readonly number[],
  alpha: number,
): RatioInterval {
  const logs: number[] = [];
  const n = Math.min(head.length, base.length);
  for (let i = 0; i < n; i++) {
    const h = head[i] as number;
    const b = base[i] as number;
    if (Number.isFinite(h) && Number.isFinite(b) && h > 0 && b > 0) logs.push(Math.log(h / b));
  }
  const level = 1 - alpha;
  if (logs.length === 0) return { estimate: Number.NaN, low: 0, high: Infinity, level, pairs: 0 };
  const walsh = walshAverages(logs);
  const estimate = Math.exp(sortedMedian(walsh));
  const c = signedRankCriticalCount(logs.length, alpha);
  if (c === 0) return { estimate, low: 0, high: Infinity, level, pairs: logs.length };
  return {
    estimate,
    low: Math.exp(walsh[c - 1] as number),
    high: Math.exp(walsh[walsh.length - c] as number),
    level,
    pairs: logs.length,
  };
}
