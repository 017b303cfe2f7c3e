/** Times `run` sequentially: the latency summary of the standalone benchmark scripts. */
import { type LatencySummary, summarize } from './stats.js';

/** Runs `run` `warmup` times untimed, then `samples` times timed one after another; milliseconds. */
export async function sequentialLatency(
  run: () => Promise<unknown>,
  samples: number,
  warmup: number,
): Promise<LatencySummary> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return summarize(times);
}
