/**
 * `sandproof bench --adapter A`: any sandbox, through the same adapter interface conformance uses, runs the
 * reference's small snippet in the same interleaved rounds as the floor, the reference and the peers, so its
 * per-execution latency is read beside theirs (and as a ratio to the same run's floor). The adapter runs in
 * the benchmark's own process: the figure is the sandbox's cost, not a worker's round trip. Its first
 * profile is used, with its scanner off (the peers run none either).
 */
import { adapterScenarioId } from '../../results/index.js';
import { loadAdapter, type SandboxAdapter } from '../../suites/index.js';
import type { LatencyTask } from '../lib/interleaved-rounds.js';
import { SMALL_EXPECTED, SMALL_INPUT, SMALL_SNIPPET } from './bench-snippets.js';

/** Per-execution budget: generous, the snippet takes well under a millisecond on a correct sandbox. */
const BUDGET_MS = 5_000;

export { adapterScenarioId } from '../../results/index.js';

/** The loaded adapters and their latency tasks; `dispose` releases every adapter. */
export interface AdapterScenarios {
  tasks: LatencyTask[];
  dispose(): Promise<void>;
}

/** Thrown when an adapter cannot serve the benchmark (it refuses or answers wrong): a harness error, exit 2. */
export class BenchAdapterError extends Error {
  override readonly name = 'BenchAdapterError';
}

async function executeOnce(adapter: SandboxAdapter, profile: string): Promise<unknown> {
  const outcome = await adapter.execute(
    { id: 'bench-small', code: SMALL_SNIPPET, input: SMALL_INPUT },
    { profile, tenantId: 'bench', scan: false, timeoutMs: BUDGET_MS },
  );
  if (outcome.status !== 'completed') {
    const detail = 'message' in outcome && typeof outcome.message === 'string' ? `: ${outcome.message}` : '';
    throw new BenchAdapterError(
      `adapter ${adapter.name} did not complete the snippet (${outcome.status}${detail})`,
    );
  }
  return outcome.value;
}

/**
 * Loads each adapter (a built-in name or a module path, as `conformance --adapter` takes), checks once that
 * it returns the snippet's value, and gives one latency task per adapter.
 */
export async function createAdapterScenarios(specs: readonly string[]): Promise<AdapterScenarios> {
  const loaded: SandboxAdapter[] = [];
  const dispose = async () => {
    for (const adapter of loaded.splice(0)) await adapter.dispose();
  };
  try {
    const tasks: LatencyTask[] = [];
    const ids = new Set<string>();
    for (const spec of specs) {
      const adapter = await loadAdapter(spec).catch((error: unknown) => {
        // Not found, not an adapter, or a missing optional peer: the message names what to do.
        throw new BenchAdapterError(error instanceof Error ? error.message : String(error));
      });
      loaded.push(adapter);
      const profile = adapter.capabilities.profiles[0];
      if (profile === undefined) throw new BenchAdapterError(`adapter ${adapter.name} declares no profile`);
      const value = await executeOnce(adapter, profile);
      if (value !== SMALL_EXPECTED) {
        throw new BenchAdapterError(
          `adapter ${adapter.name} returned ${JSON.stringify(value)} for the snippet, expected ${SMALL_EXPECTED}`,
        );
      }
      const id = adapterScenarioId(adapter.name);
      if (ids.has(id)) throw new BenchAdapterError(`two adapters are named ${adapter.name}`);
      ids.add(id);
      tasks.push({
        id,
        description: `${adapter.name} through its adapter (${profile}, scanner off): the small snippet`,
        run: () => executeOnce(adapter, profile),
      });
    }
    return { tasks, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
