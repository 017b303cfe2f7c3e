import type { PoolCounters } from '../../contract/index.js';

export type { PoolCounters };

/** What the monitor needs from a pool's `stats()`: any object of this shape will do. */
export interface PoolStatsLike {
  total: PoolCounters;
  profiles: Record<string, PoolCounters>;
}

/** Pool counters with two derived ratios. */
export interface PoolMetrics extends PoolCounters {
  /** busy / (busy + idle); 0 when the pool holds no isolate. */
  utilization: number;
  /** reused / executions; 0 before the first execution. */
  reuseRatio: number;
}

/** The pool part of a snapshot: totals and ratios at the top level, the same per profile. */
export interface PoolSnapshot extends PoolMetrics {
  profiles: Record<string, PoolMetrics>;
}

/** Derives utilization and reuse ratio from raw counters. */
export function poolMetrics(counters: PoolCounters): PoolMetrics {
  const held = counters.busy + counters.idle;
  return {
    created: counters.created,
    reused: counters.reused,
    recycled: counters.recycled,
    idle: counters.idle,
    busy: counters.busy,
    queued: counters.queued,
    executions: counters.executions,
    utilization: held > 0 ? counters.busy / held : 0,
    reuseRatio: counters.executions > 0 ? counters.reused / counters.executions : 0,
  };
}

/** Derives the pool part of a snapshot, with profiles in name order. */
export function poolSnapshot(stats: PoolStatsLike): PoolSnapshot {
  const profiles: Record<string, PoolMetrics> = {};
  for (const name of Object.keys(stats.profiles).sort()) {
    profiles[name] = poolMetrics(stats.profiles[name] as PoolCounters);
  }
  return { ...poolMetrics(stats.total), profiles };
}
