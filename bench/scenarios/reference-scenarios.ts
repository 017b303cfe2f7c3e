/**
 * The reference runtime through its public `execute`, scanner included: warm (a pooled isolate, a fresh
 * hardened context) and cold (an isolate created for the request) per profile, end to end with a file
 * audit log and a 1 KB input, and `require('lodash')`. Each warm task keeps the heap delta of every
 * execution, the memory-per-execution figure of the static target.
 *
 * These run with `isolation: 'in-process'`, the pooled path the performance targets describe and the
 * floor measures. The default, `'process'` (isolates in supervised children), adds an IPC round trip;
 * `reference.warm-process.ultra-secure` measures it beside the others.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILE_NAMES as PROFILES } from '../../contract/index.js';
import { createRuntime, type ExecuteRequest, type Runtime } from '../../runtime/index.js';
import type { LatencyTask } from '../lib/interleaved-rounds.js';
import {
  E2E_SNIPPET,
  INPUT_1KB,
  LODASH_SNIPPET,
  SMALL_EXPECTED,
  SMALL_INPUT,
  SMALL_SNIPPET,
} from './bench-snippets.js';

/** The reference tasks, the runtimes behind them, and what they recorded. */
export interface ReferenceScenarios {
  tasks: LatencyTask[];
  /** Heap delta (bytes) of every warm execution, per profile. */
  heapDeltas: Map<string, number[]>;
  /** The warm runtime, for pool statistics. */
  warm: Runtime;
  dispose(): Promise<void>;
}

/** Runs `request` once and fails loudly if the value is not `expected`: no scenario may time a refusal. */
export async function checkOnce(runtime: Runtime, request: ExecuteRequest, expected: unknown): Promise<void> {
  const result = await runtime.execute(request);
  if (JSON.stringify(result.value) !== JSON.stringify(expected)) {
    throw new Error(`unexpected value ${JSON.stringify(result.value)} for profile ${request.profile}`);
  }
}

function warmTask(runtime: Runtime, profile: string, deltas: number[]): LatencyTask {
  return {
    id: `reference.warm.${profile}`,
    description: `${profile}: pooled isolate, fresh hardened context, small snippet, scanner included`,
    run: async () => {
      const r = await runtime.execute({ code: SMALL_SNIPPET, profile, input: SMALL_INPUT });
      deltas.push(r.metrics.heapDeltaBytes);
    },
  };
}

function coldTask(runtime: Runtime, profile: string): LatencyTask {
  return {
    id: `reference.cold.${profile}`,
    description: `${profile}: no warm isolate (one created for the request, then recycled), scanner included`,
    run: () => runtime.execute({ code: SMALL_SNIPPET, profile, input: SMALL_INPUT }),
  };
}

/** Builds every reference task; call `dispose` to end the runtimes and remove the audit file. */
export async function createReferenceScenarios(): Promise<ReferenceScenarios> {
  const dir = mkdtempSync(join(tmpdir(), 'sandproof-bench-'));
  const warm = createRuntime({ isolation: 'in-process', pool: { min: 2 } });
  // recycleAfter 1 and min 0: every request finds no warm isolate and pays for creating one.
  const cold = createRuntime({ isolation: 'in-process', pool: { min: 0, recycleAfter: 1 } });
  const e2e = createRuntime({
    isolation: 'in-process',
    pool: { min: 2 },
    audit: { path: join(dir, 'audit.jsonl'), fsync: 'never' },
  });
  const processIsolated = createRuntime({ pool: { min: 2 } });
  const heapDeltas = new Map<string, number[]>();
  const tasks: LatencyTask[] = [];
  for (const profile of PROFILES) {
    await checkOnce(warm, { code: SMALL_SNIPPET, profile, input: SMALL_INPUT }, SMALL_EXPECTED);
    const deltas: number[] = [];
    heapDeltas.set(profile, deltas);
    tasks.push(warmTask(warm, profile, deltas));
  }
  for (const profile of PROFILES) tasks.push(coldTask(cold, profile));
  tasks.push({
    id: 'reference.e2e.ultra-secure',
    description: 'ultra-secure end to end: scan, 1 KB input, audit to a JSONL file (no fsync)',
    run: () => e2e.execute({ code: E2E_SNIPPET, profile: 'ultra-secure', input: INPUT_1KB }),
  });
  await checkOnce(
    warm,
    { code: LODASH_SNIPPET, profile: 'high-security', input: SMALL_INPUT },
    SMALL_EXPECTED,
  );
  tasks.push({
    id: 'reference.lodash.high-security',
    description: "high-security: require('lodash') inside the isolate, from its own source, per execution",
    run: () => warm.execute({ code: LODASH_SNIPPET, profile: 'high-security', input: SMALL_INPUT }),
  });
  await checkOnce(processIsolated, { code: SMALL_SNIPPET, input: SMALL_INPUT }, SMALL_EXPECTED);
  tasks.push({
    id: 'reference.warm-process.ultra-secure',
    description:
      "ultra-secure warm with the runtime's default isolation: isolates in supervised child processes",
    run: () => processIsolated.execute({ code: SMALL_SNIPPET, input: SMALL_INPUT }),
  });
  return {
    tasks,
    heapDeltas,
    warm,
    async dispose() {
      await Promise.all([warm.dispose(), cold.dispose(), e2e.dispose(), processIsolated.dispose()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
