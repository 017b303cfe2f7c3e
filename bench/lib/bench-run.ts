/**
 * One benchmark run, every scenario in one process so that ratios hold on a noisy machine: latency
 * scenarios in interleaved rounds, then concurrency, pool, memory and GC, then (full runs) the 100,000
 * execution checkpoint and the leak job. A scenario that throws is recorded in `errors`, never hidden.
 */
import './host-gc.js';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_SCHEMA_VERSION, type BenchResults, type ScenarioResult } from '../../results/index.js';
import { createRuntime } from '../../runtime/index.js';
import { createAdapterScenarios } from '../scenarios/adapter-scenarios.js';
import { createFloorScenarios } from '../scenarios/floor-scenarios.js';
import { measureHostGc, measurePooledIsolateGc } from '../scenarios/gc-scenarios.js';
import { memlabLoader, runLeakJob } from '../scenarios/leak-job.js';
import { measureConcurrent, measureHostMemory } from '../scenarios/load-scenarios.js';
import { createPeerScenarios } from '../scenarios/peer-scenarios.js';
import { createReferenceScenarios } from '../scenarios/reference-scenarios.js';
import { createScannerScenarios } from '../scenarios/scanner-scenarios.js';
import { computeRatios, computeTargets, type Measurements } from './bench-targets.js';
import { errorText, type LatencyTask, runInterleaved, type TaskSamples } from './interleaved-rounds.js';
import { machineInfo } from './machine-info.js';
import { quantile, round, summarize } from './stats.js';

/** Options of {@link runBench}. */
export interface BenchRunOptions {
  quick: boolean;
  /** Run the leak job (default: full runs only). */
  leaks?: boolean;
  /** Where the leak job writes its heap snapshots. */
  workDir: string;
  log: (line: string) => void;
  /** Sandboxes to measure beside the reference, as `conformance --adapter` names them (adapter-scenarios.ts). */
  adapters?: readonly string[];
}

/** How much each mode measures. Quick stays well under three minutes on a busy 2-core machine. */
const PLANS = {
  quick: {
    rounds: 8,
    batch: 25,
    warmup: 20,
    concurrentBatches: 10,
    checkpoints: [1_000, 10_000, 15_000],
    leakN: 0,
  },
  full: {
    rounds: 30,
    batch: 50,
    warmup: 50,
    concurrentBatches: 50,
    checkpoints: [1_000, 10_000, 100_000],
    leakN: 2_000,
  },
} as const;

function latencyScenario(t: TaskSamples): ScenarioResult {
  const latency = summarize(t.samples);
  return {
    id: t.id,
    description: t.description,
    latencyMs: latency,
    throughputPerSec: round(1000 / latency.mean, 1),
    samples: t.samples.length,
    extra: { rounds: t.roundMedians.length },
  };
}

function heapDeltaScenarios(deltas: Map<string, number[]>): ScenarioResult[] {
  return [...deltas].map(([profile, d]) => ({
    id: `memory.heap-delta.${profile}`,
    description: `${profile}: heap growth (used + external) of one warm execution, as the runtime measures it`,
    samples: d.length,
    extra: {
      p50Bytes: Math.round(quantile(d, 0.5)),
      p99Bytes: Math.round(quantile(d, 0.99)),
      maxBytes: Math.max(...d),
    },
  }));
}

function poolScenarios(
  tasks: Map<string, TaskSamples>,
  stats: { reused: number; executions: number; created: number; recycled: number },
): ScenarioResult[] {
  const cold = tasks.get('reference.cold.ultra-secure');
  const warm = tasks.get('reference.warm.ultra-secure');
  const out: ScenarioResult[] = [
    {
      id: 'pool.reuse',
      description: 'warm runtime: share of executions served by an isolate that had already run one',
      samples: stats.executions,
      extra: {
        reuseRatio: round(stats.reused / Math.max(1, stats.executions)),
        created: stats.created,
        recycled: stats.recycled,
      },
    },
  ];
  if (cold !== undefined && warm !== undefined && cold.samples.length > 0) {
    const latency = summarize(cold.samples);
    out.push({
      id: 'pool.no-warm-isolate',
      description:
        'ultra-secure request that finds no warm isolate (same samples as reference.cold.ultra-secure)',
      latencyMs: latency,
      samples: cold.samples.length,
      extra: { vsWarmP50: round(latency.p50 / summarize(warm.samples).p50, 3) },
    });
  }
  return out;
}

/**
 * An adapter scenario with its p50 over the same run's floor (a raw isolated-vm fresh context), the figure
 * that compares across machines; adapters are not in the gate's ratios (they vary with what a user passes).
 */
function withFloorRatio(
  s: ScenarioResult | undefined,
  floor: TaskSamples | undefined,
): ScenarioResult | undefined {
  if (s?.latencyMs === undefined || floor === undefined || floor.error !== undefined) return s;
  const f = summarize(floor.samples).p50;
  return f > 0 ? { ...s, extra: { ...s.extra, vsFloorP50: round(s.latencyMs.p50 / f, 3) } } : s;
}

/** Runs `step`, recording a failure under `id` instead of stopping the run. */
async function guarded<T>(
  id: string,
  errors: BenchResults['errors'],
  step: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    errors.push({ id, message: errorText(error) });
    return undefined;
  }
}

/**
 * Runs the benchmark and returns its results (the caller writes them). A promise rejection nobody
 * handled during the run (a runtime bug) is recorded in `errors` rather than ending the process.
 */
export async function runBench(options: BenchRunOptions): Promise<BenchResults> {
  const errors: BenchResults['errors'] = [];
  const onUnhandled = (reason: unknown) =>
    errors.push({ id: 'unhandled-rejection', message: errorText(reason) });
  process.on('unhandledRejection', onUnhandled);
  try {
    return await measureAll(options, errors);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
}

async function measureAll(options: BenchRunOptions, errors: BenchResults['errors']): Promise<BenchResults> {
  const plan = options.quick ? PLANS.quick : PLANS.full;
  // A missing memlab ends the run before it starts (exit 2 naming the package), not after the latency rounds.
  if (options.leaks ?? !options.quick) await memlabLoader();
  const started = performance.now();
  const machine = machineInfo();
  mkdirSync(options.workDir, { recursive: true });
  const scenarios = new Map<string, ScenarioResult>();
  const add = (s: ScenarioResult | undefined) => s && scenarios.set(s.id, s);
  // An adapter that cannot load or run the snippet ends the run before it starts (a harness error, exit 2).
  const adapters = await createAdapterScenarios(options.adapters ?? []);
  const floor = createFloorScenarios();
  const reference = await createReferenceScenarios();
  const peers = (await guarded('peer', errors, () => createPeerScenarios(options.log))) ?? [];
  const tasks: LatencyTask[] = [
    ...floor.tasks,
    ...reference.tasks,
    ...peers,
    ...adapters.tasks,
    ...createScannerScenarios(),
  ];
  options.log(`latency: ${tasks.length} scenarios, ${plan.rounds} interleaved rounds of ${plan.batch}`);
  const measured = await runInterleaved(tasks, {
    ...plan,
    onRound: (r) => options.log(`  round ${r}/${plan.rounds}`),
  });
  const byId = new Map(measured.map((t) => [t.id, t]));
  for (const t of measured) {
    if (t.error !== undefined) errors.push({ id: t.id, message: t.error });
    else add(latencyScenario(t));
  }
  for (const t of adapters.tasks) add(withFloorRatio(scenarios.get(t.id), byId.get('floor.fresh-context')));
  await adapters.dispose();
  floor.dispose();
  options.log('concurrency, pool, memory, GC');
  const concurrent = await guarded('reference.concurrent64.ultra-secure', errors, () =>
    measureConcurrent(reference.warm, plan.concurrentBatches),
  );
  add(concurrent?.scenario);
  for (const s of poolScenarios(byId, reference.warm.stats())) add(s);
  for (const s of heapDeltaScenarios(reference.heapDeltas)) add(s);
  add(await guarded('memory.gc.host-per-1000', errors, () => measureHostGc(reference.warm)));
  await reference.dispose();
  add(await guarded('memory.gc.pooled-isolate', errors, measurePooledIsolateGc));
  // A file audit sink keeps a bounded tail in memory; the default memory sink keeps every record by design,
  // which would read as host growth of about 1 KB per execution.
  const hostRuntime = createRuntime({
    isolation: 'in-process',
    pool: { min: 2 },
    audit: { path: join(options.workDir, 'host-audit.jsonl'), fsync: 'never' },
  });
  options.log(`host memory: checkpoints ${plan.checkpoints.join(', ')}`);
  for (const s of (await guarded('memory.host', errors, () =>
    measureHostMemory(hostRuntime, plan.checkpoints),
  )) ?? [])
    add(s);
  await hostRuntime.dispose();
  rmSync(join(options.workDir, 'host-audit.jsonl'), { force: true });
  if (options.leaks ?? !options.quick) {
    options.log('leak job: host and isolate heap snapshots through memlab');
    const n = plan.leakN || 1_000;
    for (const s of (await guarded('leaks', errors, () =>
      runLeakJob({ executions: n, workDir: options.workDir, log: options.log }),
    )) ?? [])
      add(s);
  }
  const m: Measurements = {
    tasks: byId,
    scenarios,
    heapDeltas: reference.heapDeltas,
    concurrentPerExecutionMs: concurrent?.perExecutionMs ?? [],
    cores: machine.cores,
  };
  const ratios = computeRatios(m);
  return {
    schemaVersion: BENCH_SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    durationMs: Math.round(performance.now() - started),
    machine,
    scenarios: [...scenarios.values()],
    ratios,
    targets: computeTargets(m, ratios),
    errors,
  };
}
