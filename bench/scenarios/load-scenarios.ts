/**
 * Scenarios that measure the runtime under sustained work rather than one call at a time: 64
 * concurrent executions (throughput and p99 of each), and host heap and RSS over many executions.
 */

import type { ScenarioResult } from '../../results/index.js';
import type { Runtime } from '../../runtime/index.js';
import { hostGc } from '../lib/host-gc.js';
import { round, summarize } from '../lib/stats.js';
import { SMALL_INPUT, SMALL_SNIPPET } from './bench-snippets.js';

/** Executions in flight at once in the concurrency scenario. */
export const CONCURRENCY = 64;

/** What the concurrency scenario measured, with per-batch cost per execution for the gate. */
export interface ConcurrentResult {
  scenario: ScenarioResult;
  /** Wall time of each batch divided by its size, in milliseconds. */
  perExecutionMs: number[];
}

const request = { code: SMALL_SNIPPET, profile: 'ultra-secure', input: SMALL_INPUT };

async function timed(runtime: Runtime, into: number[]): Promise<void> {
  const started = performance.now();
  await runtime.execute(request);
  into.push(performance.now() - started);
}

/** `reference.concurrent64.ultra-secure`: `batches` bursts of 64 executions started together. */
export async function measureConcurrent(runtime: Runtime, batches: number): Promise<ConcurrentResult> {
  await Promise.all(Array.from({ length: CONCURRENCY }, () => runtime.execute(request)));
  const latencies: number[] = [];
  const perExecutionMs: number[] = [];
  let totalMs = 0;
  for (let b = 0; b < batches; b++) {
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, () => timed(runtime, latencies)));
    const elapsed = performance.now() - started;
    totalMs += elapsed;
    perExecutionMs.push(elapsed / CONCURRENCY);
  }
  return {
    scenario: {
      id: `reference.concurrent${CONCURRENCY}.ultra-secure`,
      description: `ultra-secure: ${CONCURRENCY} executions started together; latency of each, throughput of the burst`,
      latencyMs: summarize(latencies),
      throughputPerSec: round((latencies.length * 1000) / totalMs, 1),
      samples: latencies.length,
      extra: { concurrency: CONCURRENCY, batches },
    },
    perExecutionMs,
  };
}

/** Host memory after a full GC. */
interface HostMemory {
  heapUsedBytes: number;
  rssBytes: number;
}

function hostMemory(): HostMemory {
  hostGc();
  hostGc();
  const m = process.memoryUsage();
  return { heapUsedBytes: m.heapUsed, rssBytes: m.rss };
}

async function runMany(runtime: Runtime, count: number, inFlight: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      await runtime.execute(request);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

/**
 * `memory.host.<N>` for each checkpoint: host heap and RSS after a full GC once N executions ran (8 in
 * flight), and the heap growth per execution since the previous checkpoint. A leak of a few hundred bytes
 * per execution shows as steady growth between checkpoints; RSS also moves with the allocator, so the
 * heap is the figure the target reads. The runtime's monitor fills a window of 10,000 samples per profile
 * first: growth before the 10,000th execution is that window, which is why the target reads the last span.
 */
export async function measureHostMemory(
  runtime: Runtime,
  checkpoints: readonly number[],
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  let done = 0;
  let previous: { executions: number; memory: HostMemory } | undefined;
  for (const checkpoint of checkpoints) {
    const started = performance.now();
    await runMany(runtime, checkpoint - done, 8);
    const elapsed = performance.now() - started;
    const executed = checkpoint - done;
    done = checkpoint;
    const memory = hostMemory();
    const since = previous ?? { executions: checkpoint, memory };
    const span = checkpoint - since.executions;
    const growth = span === 0 ? 0 : (memory.heapUsedBytes - since.memory.heapUsedBytes) / span;
    previous = { executions: checkpoint, memory };
    results.push({
      id: `memory.host.${label(checkpoint)}`,
      description: `host heap and RSS after a full GC, once ${checkpoint} executions ran (8 in flight)`,
      throughputPerSec: round((executed * 1000) / elapsed, 1),
      samples: executed,
      extra: {
        executions: checkpoint,
        heapUsedBytes: memory.heapUsedBytes,
        rssBytes: memory.rssBytes,
        heapGrowthBytesPerExecution: round(growth, 2),
        sinceExecutions: since.executions,
      },
    });
  }
  return results;
}

/** 10000 -> '10k'; numbers that are not whole thousands stay as they are. */
export function label(n: number): string {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}
