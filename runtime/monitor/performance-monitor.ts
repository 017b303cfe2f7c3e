import type { PoolSnapshot, PoolStatsLike } from './pool-metrics.js';
import { poolSnapshot } from './pool-metrics.js';
import { renderPrometheus } from './prometheus-exposition.js';
import type { Distribution } from './sample-window.js';
import { SampleWindow } from './sample-window.js';

/** One finished (or refused) execution, as the runtime measured it. */
export interface PerformanceSample {
  profile: string;
  wallMs: number;
  cpuMs: number | null;
  heapUsedBytes: number | null;
  /** The `SandboxError` code when the execution failed, `null` when it succeeded. */
  errorCode: string | null;
}

/** Everything measured for one profile (or for all of them, in `total`). */
export interface ProfileMetrics {
  /** Executions recorded since the monitor was created. */
  count: number;
  errors: number;
  /** Errors by `SandboxError` code; codes beyond {@link MAX_ERROR_CODES} distinct ones fold into `'OTHER'`. */
  errorsByCode: Record<string, number>;
  wallMs: Distribution;
  /** Over the samples that had a CPU time (a refused execution has none). */
  cpuMs: Distribution;
  heapUsedBytes: Distribution;
}

/** A point-in-time view of the monitor (and of the pool, when its stats are passed in). */
export interface MetricsSnapshot {
  total: ProfileMetrics;
  profiles: Record<string, ProfileMetrics>;
  pool?: PoolSnapshot;
}

/** Options of {@link createPerformanceMonitor}. */
export interface PerformanceMonitorOptions {
  /** Samples kept per profile (and for the total) for percentiles; default 10,000. */
  window?: number;
  /**
   * The profile names that get a series of their own; samples of any other name are counted under
   * {@link UNKNOWN_PROFILE}. Without it, the first {@link MAX_PROFILE_SERIES} names get one each.
   */
  profiles?: Iterable<string>;
}

/** Collects execution samples; reports percentiles, error counts and Prometheus text. */
export interface PerformanceMonitor {
  /** Records one execution. O(1); never throws on odd numbers (a non-finite or negative value is skipped). */
  record(sample: PerformanceSample): void;
  snapshot(pool?: PoolStatsLike): MetricsSnapshot;
  /** Prometheus text exposition format 0.0.4 of {@link snapshot}. */
  prometheus(pool?: PoolStatsLike): string;
}

/** Default window size. */
export const DEFAULT_WINDOW = 10_000;

/**
 * Distinct error codes kept per profile. Codes are stable `SandboxError` codes, but a caller passing free text
 * would otherwise grow memory and Prometheus label cardinality without bound.
 */
export const MAX_ERROR_CODES = 64;

/**
 * The one series for samples whose profile is not known (a request naming a profile that does not exist).
 * No profile name can take this form, so it never merges a real profile's figures with refused requests.
 */
export const UNKNOWN_PROFILE = '(unknown)';

/** Profile series kept when no list of known profiles is given; later names count as {@link UNKNOWN_PROFILE}. */
export const MAX_PROFILE_SERIES = 64;

/**
 * Creates a performance monitor. Memory is bounded: three windows of `window` doubles per series plus one set
 * for the total, and the series are bounded (known profiles plus one for unknown names). Percentiles are exact over each window (nearest rank), so `total` percentiles cover the last
 * `window` executions of any profile, not the union of the per-profile windows.
 */
export function createPerformanceMonitor(options: PerformanceMonitorOptions = {}): PerformanceMonitor {
  const window = options.window ?? DEFAULT_WINDOW;
  const total = new ProfileAccumulator(window);
  const profiles = new Map<string, ProfileAccumulator>();
  const known = options.profiles === undefined ? null : new Set(options.profiles);
  /** The series a sample goes to: its profile's when known, else the one for unknown profiles. */
  const seriesOf = (name: string): string => {
    if (known !== null) return known.has(name) ? name : UNKNOWN_PROFILE;
    return profiles.has(name) || profiles.size < MAX_PROFILE_SERIES ? name : UNKNOWN_PROFILE;
  };

  const snapshot = (pool?: PoolStatsLike): MetricsSnapshot => {
    const byProfile: Record<string, ProfileMetrics> = {};
    for (const name of [...profiles.keys()].sort())
      byProfile[name] = (profiles.get(name) as ProfileAccumulator).metrics();
    const result: MetricsSnapshot = { total: total.metrics(), profiles: byProfile };
    if (pool) result.pool = poolSnapshot(pool);
    return result;
  };

  return {
    record(sample) {
      const series = seriesOf(sample.profile);
      let accumulator = profiles.get(series);
      if (!accumulator) {
        accumulator = new ProfileAccumulator(window);
        profiles.set(series, accumulator);
      }
      accumulator.add(sample);
      total.add(sample);
    },
    snapshot,
    prometheus: (pool) => renderPrometheus(snapshot(pool)),
  };
}

class ProfileAccumulator {
  #count = 0;
  #errors = 0;
  readonly #errorsByCode = new Map<string, number>();
  readonly #wall: SampleWindow;
  readonly #cpu: SampleWindow;
  readonly #heap: SampleWindow;

  constructor(window: number) {
    this.#wall = new SampleWindow(window);
    this.#cpu = new SampleWindow(window);
    this.#heap = new SampleWindow(window);
  }

  add(sample: PerformanceSample): void {
    this.#count += 1;
    pushIfMeasured(this.#wall, sample.wallMs);
    pushIfMeasured(this.#cpu, sample.cpuMs);
    pushIfMeasured(this.#heap, sample.heapUsedBytes);
    if (sample.errorCode === null) return;
    this.#errors += 1;
    const code =
      this.#errorsByCode.has(sample.errorCode) || this.#errorsByCode.size < MAX_ERROR_CODES
        ? sample.errorCode
        : 'OTHER';
    this.#errorsByCode.set(code, (this.#errorsByCode.get(code) ?? 0) + 1);
  }

  metrics(): ProfileMetrics {
    const errorsByCode: Record<string, number> = {};
    for (const code of [...this.#errorsByCode.keys()].sort())
      errorsByCode[code] = this.#errorsByCode.get(code) as number;
    return {
      count: this.#count,
      errors: this.#errors,
      errorsByCode,
      wallMs: this.#wall.stats(),
      cpuMs: this.#cpu.stats(),
      heapUsedBytes: this.#heap.stats(),
    };
  }
}

function pushIfMeasured(window: SampleWindow, value: number | null): void {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) window.push(value);
}
