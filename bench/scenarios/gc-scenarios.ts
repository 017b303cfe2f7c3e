/**
 * Garbage collection behaviour. Two figures:
 * - `memory.gc.pooled-isolate`: one isolate runs 1,000 executions under the pool's GC policy (a full GC
 *   between executions once the heap is `gc` above the fresh isolate's), which gives the isolate's GC count and pause per 1,000
 *   executions; its heap after a final full GC is compared with the fresh isolate's after the same GC.
 *   Released contexts are collected lazily, so the heap climbs between GCs; after one it must return near
 *   baseline (within {@link RETURN_SLACK_BYTES}), or contexts are being retained. Measured: without the
 *   policy a 64 MB isolate running this snippet is killed before 1,000 executions, and an isolate GC alone
 *   frees little until the host's GC has finalized the handles of released contexts.
 * - `memory.gc.host-per-1000`: host GC count and pause time per 1,000 executions through the runtime,
 *   from Node's `gc` performance entries (the host side only: isolates report no GC events).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import type { ScenarioResult } from '../../results/index.js';
import {
  BUILTIN_PROFILES,
  DEFAULT_FETCH_POLICY,
  internals,
  poolHeapLimits,
  type Runtime,
} from '../../runtime/index.js';
import { hostGc } from '../lib/host-gc.js';
import { round } from '../lib/stats.js';
import { SMALL_INPUT, SMALL_SNIPPET } from './bench-snippets.js';

/** Heap above the fresh isolate's that still counts as "returned to baseline" (compiled code, caches). */
export const RETURN_SLACK_BYTES = 512 * 1024;
const EXECUTIONS = 1_000;
const LIMITS = { maxLogEntries: 200, maxLogBytes: 64 * 1024, maxResultBytes: 1024 * 1024 };

const inputJson = JSON.stringify(SMALL_INPUT);
const job = (n: number) => ({
  executionId: `gc-${n}`,
  code: SMALL_SNIPPET,
  inputJson,
  timeoutMs: 5_000,
  fetchPolicy: DEFAULT_FETCH_POLICY,
});
/** The pool's hard limit and GC thresholds for ultra-secure isolates (the pool's own derivation). */
const POOL = poolHeapLimits(BUILTIN_PROFILES['ultra-secure']);
const freshIsolate = () =>
  new internals.SandboxIsolate(BUILTIN_PROFILES['ultra-secure'], POOL.hardLimitMb, LIMITS);

interface Tally {
  gcs: number;
  pauseMs: number;
  recycles: number;
}

/**
 * Applies the pool's policy after an execution: a full GC when the heap is more than `gc` above the
 * isolate's fresh baseline, a recycle when it is still above `recycle` after it.
 */
async function poolPolicy(
  isolate: internals.SandboxIsolate,
  baseline: number,
  tally: Tally,
): Promise<internals.SandboxIsolate> {
  if (isolate.heapBytes() <= baseline + POOL.gc) return isolate;
  const started = performance.now();
  await isolate.collectGarbage();
  tally.pauseMs += performance.now() - started;
  tally.gcs++;
  if (isolate.heapBytes() <= POOL.recycle) return isolate;
  tally.recycles++;
  isolate.dispose();
  return freshIsolate();
}

/**
 * `memory.gc.pooled-isolate`, on private ultra-secure isolates built and governed as the pool does. The
 * final heap is read twice: after an isolate GC alone (what the pool does), and after a host GC then an
 * isolate GC. The second is lower when released contexts are kept alive by host-side handles that only
 * the host's GC finalizes.
 */
export async function measurePooledIsolateGc(): Promise<ScenarioResult> {
  let isolate = freshIsolate();
  try {
    // One execution first, so compiled bootstrap code counts in the baseline as it will after.
    await isolate.execute(job(0));
    // Awaited: the pool's collection is synchronous in some versions of the runtime and async in others.
    const gcRan = await isolate.collectGarbage();
    const baseline = isolate.heapBytes();
    const tally = { gcs: 0, pauseMs: 0, recycles: 0 };
    for (let i = 1; i <= EXECUTIONS; i++) {
      await isolate.execute(job(i));
      isolate = await poolPolicy(isolate, baseline, tally);
    }
    const beforeGc = isolate.heapBytes();
    await isolate.collectGarbage();
    const afterGc = isolate.heapBytes();
    hostGc();
    await isolate.collectGarbage();
    const afterHostGc = isolate.heapBytes();
    return {
      id: 'memory.gc.pooled-isolate',
      description: `ultra-secure isolates under the pool's GC and recycle policy: ${EXECUTIONS} executions, then a full GC`,
      samples: EXECUTIONS,
      extra: {
        gcAvailable: gcRan,
        hardLimitMb: POOL.hardLimitMb,
        gcCountPer1000: tally.gcs,
        gcPauseMsPer1000: round(tally.pauseMs, 3),
        recyclesPer1000: tally.recycles,
        baselineBytes: baseline,
        beforeGcBytes: beforeGc,
        afterGcBytes: afterGc,
        afterHostAndIsolateGcBytes: afterHostGc,
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
