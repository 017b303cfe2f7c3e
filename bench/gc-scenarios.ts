/**
 * Garbage collection behaviour. Two figures:
 * - `memory.gc.pooled-isolate`: one pooled isolate runs 1,000 executions; its heap before and after a full
 *   GC is compared with the heap of the fresh isolate after the same GC. Released contexts are collected
 *   lazily, so the heap before the GC is expected to be higher; after it, it must return near baseline
 *   (within {@link RETURN_SLACK_BYTES}), or contexts are being retained.
 * - `memory.gc.host-per-1000`: host GC count and pause time per 1,000 executions through the runtime,
 *   from Node's `gc` performance entries (the host side only: isolates report no GC events).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { BUILTIN_PROFILES, DEFAULT_FETCH_POLICY, type Runtime } from '../runtime/index.js';
import { SandboxIsolate } from '../runtime/sandbox-isolate.js';
import type { ScenarioResult } from './bench-results.js';
import { SMALL_INPUT, SMALL_SNIPPET } from './bench-snippets.js';
import { round } from './stats.js';

/** Heap above the fresh isolate's that still counts as "returned to baseline" (compiled code, caches). */
export const RETURN_SLACK_BYTES = 512 * 1024;
const EXECUTIONS = 1_000;
const LIMITS = { maxLogEntries: 200, maxLogBytes: 64 * 1024, maxResultBytes: 1024 * 1024 };

/** `memory.gc.pooled-isolate`, on a private ultra-secure isolate built the way the pool builds them. */
export async function measurePooledIsolateGc(): Promise<ScenarioResult> {
  const isolate = new SandboxIsolate(BUILTIN_PROFILES['ultra-secure'], 64, LIMITS);
  try {
    const inputJson = JSON.stringify(SMALL_INPUT);
    const job = (n: number) => ({
      executionId: `gc-${n}`,
      code: SMALL_SNIPPET,
      inputJson,
      timeoutMs: 5_000,
      fetchPolicy: DEFAULT_FETCH_POLICY,
    });
    // One execution first, so compiled bootstrap code counts in the baseline as it will after.
    await isolate.execute(job(0));
    const gcRan = isolate.collectGarbage();
    const baseline = isolate.heapBytes();
    for (let i = 1; i <= EXECUTIONS; i++) await isolate.execute(job(i));
    const beforeGc = isolate.heapBytes();
    isolate.collectGarbage();
    const afterGc = isolate.heapBytes();
    return {
      id: 'memory.gc.pooled-isolate',
      description: `one pooled isolate: heap after a full GC, fresh and after ${EXECUTIONS} executions`,
      samples: EXECUTIONS,
      extra: {
        gcAvailable: gcRan,
        baselineBytes: baseline,
        beforeGcBytes: beforeGc,
        afterGcBytes: afterGc,
        retainedBytesPerExecution: round((afterGc - baseline) / EXECUTIONS, 1),
        returnedToBaseline: afterGc <= baseline + RETURN_SLACK_BYTES,
      },
    };
  } finally {
    isolate.dispose();
  }
}

/** `memory.gc.host-per-1000`: host GC events while `runtime` runs 1,000 sequential warm executions. */
export async function measureHostGc(runtime: Runtime): Promise<ScenarioResult> {
  let count = 0;
  let pauseMs = 0;
  let maxPauseMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      count++;
      pauseMs += entry.duration;
      maxPauseMs = Math.max(maxPauseMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < EXECUTIONS; i++) {
    await runtime.execute({ code: SMALL_SNIPPET, profile: 'ultra-secure', input: SMALL_INPUT });
  }
  // Entries are delivered asynchronously: let the last ones arrive before disconnecting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return {
    id: 'memory.gc.host-per-1000',
    description: 'host GC count and pause time per 1,000 warm ultra-secure executions',
    samples: EXECUTIONS,
    extra: { gcCount: count, gcPauseMs: round(pauseMs, 3), maxGcPauseMs: round(maxPauseMs, 3) },
  };
}
