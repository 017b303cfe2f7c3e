/**
 * From raw measurements to the gate's figures: ratios to the same-run floor (per round), memory per
 * execution, and the targets. Static targets are the original design's and fail the gate outright; our
 * own targets are reported with their value so a reader sees how far each is.
 */

import { PROFILE_NAMES as PROFILES } from '../../contract/index.js';
import type { RatioResult, ScenarioResult, TargetResult } from '../../results/index.js';
import { roundRatios, type TaskSamples } from './interleaved-rounds.js';
import { median, quantile, round } from './stats.js';

const MB = 1024 * 1024;
/** The original design's limits, per execution and per profile. */
export const STATIC_LIMITS = Object.freeze({ latencyMs: 50, memoryBytes: 2 * MB });
/** Host heap growth per execution that still counts as "no growth" (noise of a GC'd heap over 10^5 runs). */
export const HOST_GROWTH_LIMIT_BYTES = 16;

/** Pairs of (scenario, baseline) whose round-by-round ratio the gate compares; lower is better. */
export const RATIO_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ...PROFILES.map((p) => [`reference.warm.${p}`, 'floor.fresh-context'] as const),
  ...PROFILES.map((p) => [`reference.cold.${p}`, 'floor.cold-isolate'] as const),
  ['reference.warm-process.ultra-secure', 'floor.fresh-context'],
  ['reference.e2e.ultra-secure', 'floor.fresh-context'],
  ['reference.lodash.high-security', 'floor.fresh-context'],
  ['reference.warm.ultra-secure', 'peer.node-vm'],
  ['reference.warm.ultra-secure', 'peer.quickjs'],
  ['scanner.1kb', 'scanner.parse-only.10kb'],
  ['scanner.10kb', 'scanner.parse-only.10kb'],
];

/** Everything the ratios and targets are computed from. */
export interface Measurements {
  tasks: Map<string, TaskSamples>;
  scenarios: Map<string, ScenarioResult>;
  heapDeltas: Map<string, number[]>;
  /** Per-batch cost per execution of the concurrency scenario, in ms. */
  concurrentPerExecutionMs: number[];
  cores: number;
}

/** The gate's machine-independent figures. */
export function computeRatios(m: Measurements): RatioResult[] {
  const ratios: RatioResult[] = [];
  for (const [num, den] of RATIO_PAIRS) {
    const a = m.tasks.get(num);
    const b = m.tasks.get(den);
    if (a === undefined || b === undefined || a.error !== undefined || b.error !== undefined) continue;
    const r = roundRatios(a, b);
    ratios.push({
      id: `${num}/${den}`,
      value: round(r.value),
      better: 'lower',
      samples: r.samples.map((s) => round(s)),
      unit: 'ratio',
    });
  }
  const floor = m.tasks.get('floor.fresh-context');
  if (floor !== undefined && floor.samples.length > 0 && m.concurrentPerExecutionMs.length > 0) {
    const f = median(floor.samples);
    const samples = m.concurrentPerExecutionMs.map((v) => round(v / f));
    ratios.push({
      id: 'reference.concurrent64.ultra-secure/floor.fresh-context',
      value: round(median(samples)),
      better: 'lower',
      samples,
      unit: 'ratio',
    });
  }
  for (const [profile, deltas] of m.heapDeltas) {
    if (deltas.length === 0) continue;
    ratios.push({
      id: `memory.per-execution.${profile}`,
      value: Math.round(median(deltas)),
      better: 'lower',
      samples: deltas,
      unit: 'bytes',
    });
  }
  return ratios;
}

function target(t: Omit<TargetResult, 'ok'>): TargetResult {
  const ok = Number.isFinite(t.value) && (t.comparison === 'max' ? t.value < t.limit : t.value >= t.limit);
  return { ...t, value: round(t.value), ok };
}

function staticTargets(m: Measurements): TargetResult[] {
  return PROFILES.flatMap((profile) => [
    target({
      id: `static.latency.${profile}`,
      kind: 'static',
      description: `${profile}: p50 wall time of a warm execution, scanner included, under 50 ms`,
      comparison: 'max',
      limit: STATIC_LIMITS.latencyMs,
      value: m.scenarios.get(`reference.warm.${profile}`)?.latencyMs?.p50 ?? Number.NaN,
    }),
    target({
      id: `static.memory.${profile}`,
      kind: 'static',
      description: `${profile}: p99 heap growth of one execution (used + external) under 2 MB`,
      comparison: 'max',
      limit: STATIC_LIMITS.memoryBytes,
      value: quantile(m.heapDeltas.get(profile) ?? [], 0.99),
    }),
  ]);
}

function ownTargets(m: Measurements, ratios: RatioResult[]): TargetResult[] {
  const warm = m.scenarios.get('reference.warm.ultra-secure')?.latencyMs;
  const ratio = (id: string) => ratios.find((r) => r.id === id)?.value ?? Number.NaN;
  const concurrent = m.scenarios.get('reference.concurrent64.ultra-secure')?.throughputPerSec ?? Number.NaN;
  const hosts = [...m.scenarios.values()].filter((s) => s.id.startsWith('memory.host.'));
  const growth = Number(hosts.at(-1)?.extra?.heapGrowthBytesPerExecution ?? Number.NaN);
  const own = (id: string, description: string, comparison: 'max' | 'min', limit: number, value: number) =>
    target({ id, kind: 'own', description, comparison, limit, value });
  return [
    own('own.warm-p50-ms', 'ultra-secure warm p50 under 0.5 ms', 'max', 0.5, warm?.p50 ?? Number.NaN),
    own('own.warm-p99-ms', 'ultra-secure warm p99 under 1 ms', 'max', 1, warm?.p99 ?? Number.NaN),
    own(
      'own.warm-floor-ratio',
      'ultra-secure warm at most 1.5x the fresh-context floor (same run)',
      'max',
      1.5001,
      ratio('reference.warm.ultra-secure/floor.fresh-context'),
    ),
    own(
      'own.throughput-per-core',
      `at least 2,000 executions per second per core (${m.cores} cores, 64 in flight)`,
      'min',
      2000,
      concurrent / m.cores,
    ),
    own(
      'own.faster-than-node-vm',
      "ultra-secure warm faster than Node's vm with a new context (ratio under 1)",
      'max',
      1,
      ratio('reference.warm.ultra-secure/peer.node-vm'),
    ),
    own(
      'own.faster-than-quickjs',
      'ultra-secure warm faster than quickjs-emscripten with a new context (ratio under 1)',
      'max',
      1,
      ratio('reference.warm.ultra-secure/peer.quickjs'),
    ),
    own(
      'own.host-heap-growth',
      `no host heap growth: under ${HOST_GROWTH_LIMIT_BYTES} bytes per execution between checkpoints (${hosts.map((h) => h.id).join(', ')})`,
      'max',
      HOST_GROWTH_LIMIT_BYTES,
      growth,
    ),
  ];
}

/** Every target, static first. */
export function computeTargets(m: Measurements, ratios: RatioResult[]): TargetResult[] {
  return [...staticTargets(m), ...ownTargets(m, ratios)];
}
