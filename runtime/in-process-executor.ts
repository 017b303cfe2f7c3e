/**
 * Runs executions on isolate pools inside this process: one pool per profile, created on first use.
 * Fast, and the right choice where the host process can be restarted by its supervisor; see
 * process-executor.ts for the mode that survives a V8 fatal error.
 */
import { SandboxError, type SandboxErrorCode } from './errors.js';
import { type Executor, sumCounters } from './executor.js';
import { IsolatePool, type PoolCounters, type PoolOptions } from './isolate-pool.js';
import { awaitThreadTeardowns } from './isolate-teardown.js';
import type { Profile } from './profiles.js';
import type { OutputLimits } from './sandbox-isolate.js';

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
