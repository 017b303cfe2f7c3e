/**
 * Runs executions on isolate pools inside this process: one pool per profile, created on first use.
 * Fast, and the right choice where the host process can be restarted by its supervisor; see
 * process-executor.ts for the mode that survives a V8 fatal error.
 */
import { SandboxError, type SandboxErrorCode } from './errors.js';
import { IsolatePool, type PoolCounters, type PoolOptions } from './isolate-pool.js';
import { awaitThreadTeardowns } from './isolate-teardown.js';
import type { Profile } from './profiles.js';
import type { ExecutionJob, ExecutionOutput, OutputLimits } from './sandbox-isolate.js';

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

/** Creates an executor whose isolates live in this process. */
export function createInProcessExecutor(pool: PoolOptions, limits: OutputLimits): Executor {
  const pools = new Map<string, IsolatePool>();
  const poolFor = (profile: Profile): IsolatePool => {
    let p = pools.get(profile.name);
    if (p === undefined) {
      p = new IsolatePool(profile, pool, limits);
      pools.set(profile.name, p);
    }
    return p;
  };
  return {
    async execute(profile, tenantId, job) {
      const p = poolFor(profile);
      const isolate = await p.acquire(tenantId);
      let code: SandboxErrorCode | null = null;
      try {
        return await isolate.execute(job);
      } catch (error) {
        code = error instanceof SandboxError ? error.code : 'ERR_INTERNAL';
        throw error;
      } finally {
        p.release(isolate, code);
      }
    },
    stats() {
      const profiles: Record<string, PoolCounters> = {};
      for (const [name, p] of pools) profiles[name] = p.stats();
      return { total: sumCounters(profiles), profiles };
    },
    async dispose() {
      await Promise.all([...pools.values()].map((p) => p.dispose()));
      // Isolates that a kill disposed while they ran are deleted on their own threads.
      await awaitThreadTeardowns();
    },
  };
}
