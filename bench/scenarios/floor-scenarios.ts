/**
 * The physical floor: raw isolated-vm with no hardening, no scanner, no pool. Every reference figure is
 * read as a ratio to these, measured in the same run, so that a slower or busier machine moves both.
 */
import ivm from 'isolated-vm';
import type { LatencyTask } from '../lib/interleaved-rounds.js';

/** Same hard limit as the runtime's default pool, so the floor pays the same heap setup. */
const FLOOR_LIMIT_MB = 64;
const TRIVIAL = '1 + 1';

/** The floor tasks, and the isolates they hold until `dispose`. */
export interface FloorScenarios {
  tasks: LatencyTask[];
  dispose(): void;
}

/** `floor.fresh-context`, `floor.cold-isolate`, `floor.reused-context`. */
export function createFloorScenarios(): FloorScenarios {
  const warm = new ivm.Isolate({ memoryLimit: FLOOR_LIMIT_MB });
  const reusedIsolate = new ivm.Isolate({ memoryLimit: FLOOR_LIMIT_MB });
  const reused = reusedIsolate.createContextSync();
  const tasks: LatencyTask[] = [
    {
      id: 'floor.fresh-context',
      description: 'raw isolated-vm: a new context on a warm isolate, a trivial eval, release',
      run: async () => {
        const context = await warm.createContext();
        await context.eval(TRIVIAL);
        context.release();
      },
    },
    {
      id: 'floor.cold-isolate',
      description: 'raw isolated-vm: a new isolate and context, a trivial eval, dispose',
      run: async () => {
        const isolate = new ivm.Isolate({ memoryLimit: FLOOR_LIMIT_MB });
        const context = await isolate.createContext();
        await context.eval(TRIVIAL);
        isolate.dispose();
      },
    },
    {
      id: 'floor.reused-context',
      description: 'raw isolated-vm: a trivial eval in one long-lived context (unsafe across tenants)',
      run: async () => reused.eval(TRIVIAL),
    },
  ];
  return {
    tasks,
    dispose() {
      reused.release();
      reusedIsolate.dispose();
      warm.dispose();
    },
  };
}
