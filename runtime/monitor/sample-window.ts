/**
 * Summary of one measured quantity. Percentiles, mean and max are **exact over the window** (the last N
 * samples kept in a ring buffer), not estimates, and say nothing about older samples; `sum` and `count` cover
 * every sample ever recorded, as Prometheus summaries require.
 */
export interface Distribution {
  /** Nearest-rank percentiles over the window; 0 when the window is empty. */
  p50: number;
  p95: number;
  p99: number;
  /** Mean and maximum over the window; 0 when the window is empty. */
  mean: number;
  max: number;
  /** Samples currently in the window (at most the window size). */
  window: number;
  /** Sum and number of every sample recorded since the monitor was created. */
  sum: number;
  count: number;
}

/**
 * Nearest-rank percentile of an ascending array: the smallest value with at least `p` of the samples at or
 * below it (rank `ceil(p * n)`), so the result is always one of the samples, never an interpolation.
 * `p` is a fraction in (0, 1]; returns 0 for an empty array.
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const rank = Math.min(n, Math.max(1, Math.ceil(p * n)));
  return sorted[rank - 1] as number;
}

/**
 * A fixed-capacity ring buffer of samples with exact window statistics. Memory is `capacity` doubles whatever
 * the traffic; the sorted copy used for percentiles is cached until the next push, so repeated snapshots of an
 * idle monitor cost nothing and a snapshot after new samples costs one O(n log n) sort.
 */
export class SampleWindow {
  readonly #values: Float64Array;
  #next = 0;
  #size = 0;
  #sum = 0;
  #count = 0;
  #sorted: Float64Array | null = null;

  constructor(capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1)
      throw new RangeError('window must be a positive integer');
    this.#values = new Float64Array(capacity);
  }

  /** Samples in the window. */
  get size(): number {
    return this.#size;
  }

  /** Adds a sample, evicting the oldest when full. Non-finite values are the caller's to filter. */
  push(value: number): void {
    this.#values[this.#next] = value;
    this.#next = (this.#next + 1) % this.#values.length;
    if (this.#size < this.#values.length) this.#size += 1;
    this.#sum += value;
    this.#count += 1;
    this.#sorted = null;
  }

  /** Exact statistics over the window, plus all-time sum and count. */
  stats(): Distribution {
    const sorted = this.#sortedWindow();
    const n = sorted.length;
    let windowSum = 0;
    for (const value of sorted) windowSum += value;
    return {
      p50: nearestRank(sorted, 0.5),
      p95: nearestRank(sorted, 0.95),
      p99: nearestRank(sorted, 0.99),
      mean: n === 0 ? 0 : windowSum / n,
      max: n === 0 ? 0 : (sorted[n - 1] as number),
      window: n,
      sum: this.#sum,
      count: this.#count,
    };
  }

  #sortedWindow(): Float64Array {
    this.#sorted ??= this.#values.slice(0, this.#size).sort();
    return this.#sorted;
  }
}
