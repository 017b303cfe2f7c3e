/**
 * Where executions run, in this process or in supervised child processes: the `Executor` both modes
 * implement, the pool counters they report per profile and in total, and the arithmetic on those counters.
 */
import type { PoolCounters } from './isolate-pool.js';
import type { Profile } from './profiles.js';
import type { ExecutionJob, ExecutionOutput } from './sandbox-isolate.js';

/** Pool counters per profile and in total. */
export interface ExecutorStats {
  total: PoolCounters;
  profiles: Record<string, PoolCounters>;
}

/** Where executions run: in this process, or in supervised child processes. */
export interface Executor {
  execute(profile: Profile, tenantId: string, job: ExecutionJob): Promise<ExecutionOutput>;
  stats(): ExecutorStats;
  /** Ends every execution (they reject with ERR_DISPOSED) and releases every isolate. */
  dispose(): Promise<void>;
}

const COUNTER_KEYS: readonly (keyof PoolCounters)[] = [
  'created',
  'reused',
  'recycled',
  'idle',
  'busy',
  'queued',
  'executions',
];

/** Sums per-profile counters into a total. */
export function sumCounters(profiles: Record<string, PoolCounters>): PoolCounters {
  const total: PoolCounters = {
    created: 0,
    reused: 0,
    recycled: 0,
    idle: 0,
    busy: 0,
    queued: 0,
    executions: 0,
  };
  for (const counters of Object.values(profiles)) for (const key of COUNTER_KEYS) total[key] += counters[key];
  return total;
}

/** Stats with no profile and every counter at zero. */
export const emptyStats = (): ExecutorStats => ({ total: sumCounters({}), profiles: {} });

/**
 * Adds the cumulative counters of `stats` (an executor that has ended) to `carried`, per profile; the current
 * counts (idle, busy, queued) are not carried, since nothing of an ended executor is idle, busy or queued.
 */
export function carryCounters(carried: Record<string, PoolCounters>, stats: ExecutorStats): void {
  for (const [name, c] of Object.entries(stats.profiles)) {
    const past = { ...c, idle: 0, busy: 0, queued: 0 };
    const before = carried[name];
    carried[name] = before === undefined ? past : sumCounters({ before, past });
  }
}

/** Per-profile counters of several executors added together, and their total. */
export function combineStats(
  carried: Record<string, PoolCounters>,
  live: readonly ExecutorStats[],
): ExecutorStats {
  const profiles: Record<string, PoolCounters> = { ...carried };
  for (const stats of live) {
    for (const [name, c] of Object.entries(stats.profiles)) {
      const before = profiles[name];
      profiles[name] = sumCounters(before === undefined ? { c } : { before, c });
    }
  }
  return { total: sumCounters(profiles), profiles };
}
