/**
 * Measures latency scenarios in interleaved rounds: each round runs a batch of every scenario, in an
 * order rotated from round to round, so that a burst of load from another process on a shared machine
 * hits every scenario alike. Ratios are then taken round by round (a scenario's round median over the
 * baseline's round median in the same round) and their median is reported; the per-round ratios are
 * the samples the gate tests.
 */
import { median } from './stats.js';

/** One timed operation. `run` may throw: the failure is kept as data and the scenario stops. */
export interface LatencyTask {
  id: string;
  description: string;
  run: () => Promise<unknown> | unknown;
}

/** Settings of {@link runInterleaved}. */
export interface RoundsOptions {
  rounds: number;
  /** Timed runs per scenario per round. */
  batch: number;
  /** Untimed runs per scenario before the first round. */
  warmup: number;
  /** Called after each round, e.g. to report progress. */
  onRound?: (round: number) => void;
}

/** Raw measurements of one task. */
export interface TaskSamples {
  id: string;
  description: string;
  /** Every timed run, in milliseconds. */
  samples: number[];
  /** The median of each round, in milliseconds. */
  roundMedians: number[];
  error?: string;
}

async function timeBatch(task: LatencyTask, batch: number, into: number[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < batch; i++) {
    const started = performance.now();
    await task.run();
    times.push(performance.now() - started);
  }
  into.push(...times);
  return median(times);
}

/** Runs `tasks` in interleaved rounds; a task that throws is recorded with its error and skipped after. */
export async function runInterleaved(
  tasks: readonly LatencyTask[],
  options: RoundsOptions,
): Promise<TaskSamples[]> {
  const results = tasks.map(
    (t) => ({ id: t.id, description: t.description, samples: [], roundMedians: [] }) as TaskSamples,
  );
  for (const [i, task] of tasks.entries()) {
    try {
      for (let w = 0; w < options.warmup; w++) await task.run();
    } catch (error) {
      (results[i] as TaskSamples).error = errorText(error);
    }
  }
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < tasks.length; k++) {
      const index = (k + round) % tasks.length;
      const task = tasks[index] as LatencyTask;
      const result = results[index] as TaskSamples;
      if (result.error !== undefined) continue;
      try {
        result.roundMedians.push(await timeBatch(task, options.batch, result.samples));
      } catch (error) {
        result.error = errorText(error);
      }
    }
    options.onRound?.(round + 1);
  }
  return results;
}

/** Per-round ratios of `numerator` over `denominator` (rounds both completed), and their median. */
export function roundRatios(
  numerator: TaskSamples,
  denominator: TaskSamples,
): { value: number; samples: number[] } {
  const n = Math.min(numerator.roundMedians.length, denominator.roundMedians.length);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = denominator.roundMedians[i] as number;
    if (d > 0) samples.push((numerator.roundMedians[i] as number) / d);
  }
  return { value: median(samples), samples };
}

/** A bounded, single-line text of a thrown value. */
export function errorText(error: unknown): string {
  const text =
    error instanceof Error
      ? `${(error as { code?: string }).code ?? error.name}: ${error.message}`
      : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
