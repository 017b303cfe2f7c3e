/**
 * Counters of an isolate pool, per profile and in total: the runtime's `stats()`, the process isolation's
 * reports from its children and the monitor all speak this shape. `idle`, `busy` and `queued` are current;
 * the others are cumulative.
 */
export interface PoolCounters {
  created: number;
  reused: number;
  recycled: number;
  idle: number;
  busy: number;
  queued: number;
  executions: number;
}
