/**
 * One side of one round of `sandproof bench compare`, run as a fresh process:
 * `node --no-node-snapshot --import tsx bench/lib/compare-probe.ts --root DIR [--batch N] [--warmup N]`.
 *
 * It loads the runtime and the scanner from the tree at DIR through their public index.ts (so the same
 * probe, this file, measures both versions), runs every scenario in a few interleaved sub-rounds, and
 * prints one JSON line: `{ "figures": { id: { metric: ms } }, "errors": { id: message } }`. A scenario that throws
 * is reported as an error and the others carry on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExecuteRequest, RuntimeOptions } from '../../runtime/index.js';
import {
  benignSnippet,
  E2E_SNIPPET,
  INPUT_1KB,
  SMALL_INPUT,
  SMALL_SNIPPET,
} from '../scenarios/bench-snippets.js';
import { errorText, type LatencyTask } from './interleaved-rounds.js';
import { median, quantile } from './stats.js';

/** The shape of the runtime this probe needs; an older tree that lacks it fails its scenarios alone. */
interface ProbeRuntime {
  execute(request: ExecuteRequest): Promise<{ value: unknown }>;
  dispose(): Promise<void>;
}
type CreateRuntime = (options: RuntimeOptions) => ProbeRuntime;
interface ProbeScanner {
  scanSync(input: { code: string }): { secure: boolean };
}

/** Every scenario id the probe reports, in order. */
export const COMPARE_SCENARIOS = [
  'reference.warm.ultra-secure',
  'reference.warm.high-security',
  'reference.warm.tenant-isolated',
  'reference.cold.ultra-secure',
  'reference.e2e.ultra-secure',
  'scanner.1kb',
] as const;

/**
 * What the probe measures of a scenario, in milliseconds per execution: wall-clock median, 10th
 * percentile and minimum, and the process's CPU time (every thread: isolates run on their own) per
 * execution, as a mean over the timed runs. On a loaded machine wall time mostly measures waiting for a
 * core; CPU time does not, but misses a change that only adds waiting.
 */
export const PROBE_METRICS = ['wallP50', 'wallP10', 'wallMin', 'cpuMean'] as const;
export type ProbeMetric = (typeof PROBE_METRICS)[number];

/** What one probe process prints. */
export interface ProbeOutput {
  figures: Record<string, Record<ProbeMetric, number>>;
  errors: Record<string, string>;
}

function arg(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const value = at === -1 ? Number.NaN : Number(argv[at + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function tasksFor(root: string, dir: string) {
  const runtimeModule = await import(pathToFileURL(join(root, 'runtime/index.ts')).href);
  const scannerModule = await import(pathToFileURL(join(root, 'scanner/index.ts')).href);
  const createRuntime = runtimeModule.createRuntime as CreateRuntime;
  const warm = createRuntime({ isolation: 'in-process', pool: { min: 2 } });
  const cold = createRuntime({ isolation: 'in-process', pool: { min: 0, recycleAfter: 1 } });
  const e2e = createRuntime({
    isolation: 'in-process',
    pool: { min: 2 },
    audit: { path: join(dir, 'audit.jsonl'), fsync: 'never' },
  });
  const scanner = new scannerModule.SecurityScanner({ timeBudgetMs: 5_000 }) as ProbeScanner;
  const code = benignSnippet(1024);
  const small = (runtime: ProbeRuntime, profile: string) => () =>
    runtime.execute({ code: SMALL_SNIPPET, profile, input: SMALL_INPUT });
  const tasks: LatencyTask[] = [
    ...(['ultra-secure', 'high-security', 'tenant-isolated'] as const).map((profile) => ({
      id: `reference.warm.${profile}`,
      description: '',
      run: small(warm, profile),
    })),
    { id: 'reference.cold.ultra-secure', description: '', run: small(cold, 'ultra-secure') },
    {
      id: 'reference.e2e.ultra-secure',
      description: '',
      run: () => e2e.execute({ code: E2E_SNIPPET, profile: 'ultra-secure', input: INPUT_1KB }),
    },
    {
      id: 'scanner.1kb',
      description: '',
      run: () => {
        if (!scanner.scanSync({ code }).secure) throw new Error('benign 1 KB input refused');
      },
    },
  ];
  return {
    tasks,
    dispose: () => Promise.all([warm.dispose(), cold.dispose(), e2e.dispose()]),
  };
}

interface Timings {
  wall: number[];
  cpuMs: number;
}

async function timeRuns(task: LatencyTask, count: number, into: Timings): Promise<void> {
  for (let i = 0; i < count; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await task.run();
    into.wall.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    into.cpuMs += (used.user + used.system) / 1000;
  }
}

/**
 * Runs every task: `warmup` untimed runs each, then four sub-rounds of `batch / 4` timed runs each, the
 * order rotated from sub-round to sub-round. A task that throws is reported and skipped after.
 */
async function measure(tasks: readonly LatencyTask[], batch: number, warmup: number, output: ProbeOutput) {
  const timings = tasks.map((): Timings => ({ wall: [], cpuMs: 0 }));
  const run = async (k: number, fn: () => Promise<void>) => {
    const id = (tasks[k] as LatencyTask).id;
    if (output.errors[id] !== undefined) return;
    try {
      await fn();
    } catch (error) {
      output.errors[id] = errorText(error);
    }
  };
  for (let k = 0; k < tasks.length; k++)
    await run(k, async () => {
      for (let w = 0; w < warmup; w++) await (tasks[k] as LatencyTask).run();
    });
  const per = Math.max(1, Math.ceil(batch / 4));
  for (let sub = 0; sub < 4; sub++)
    for (let j = 0; j < tasks.length; j++) {
      const k = (j + sub) % tasks.length;
      await run(k, () => timeRuns(tasks[k] as LatencyTask, per, timings[k] as Timings));
    }
  for (const [k, task] of tasks.entries()) {
    const t = timings[k] as Timings;
    if (output.errors[task.id] !== undefined || t.wall.length === 0) continue;
    output.figures[task.id] = {
      wallP50: median(t.wall),
      wallP10: quantile(t.wall, 0.1),
      wallMin: Math.min(...t.wall),
      cpuMean: t.cpuMs / t.wall.length,
    };
  }
}

/** Runs the scenarios against the tree at `root`. */
export async function probe(root: string, batch: number, warmup: number): Promise<ProbeOutput> {
  const dir = mkdtempSync(join(tmpdir(), 'sandproof-compare-'));
  const output: ProbeOutput = { figures: {}, errors: {} };
  try {
    const { tasks, dispose } = await tasksFor(root, dir);
    await measure(tasks, batch, warmup, output);
    await dispose();
  } catch (error) {
    for (const id of COMPARE_SCENARIOS) output.errors[id] ??= errorText(error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return output;
}

const argv = process.argv.slice(2);
const rootAt = argv.indexOf('--root');
const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain && rootAt !== -1 && argv[rootAt + 1] !== undefined) {
  const output = await probe(
    resolve(argv[rootAt + 1] as string),
    arg(argv, '--batch', 100),
    arg(argv, '--warmup', 20),
  );
  process.stdout.write(`${JSON.stringify(output)}\n`);
  // Pooled isolates may keep timers alive; the figures are out.
  process.exit(0);
}
