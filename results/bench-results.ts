/**
 * The `bench.json` schema: what a benchmark run writes and what the gate reads. Versioned: a reader
 * refuses a `schemaVersion` it does not know rather than guessing. Absolute times are kept for the
 * static targets and for people; every figure the gate compares is machine-independent (a ratio to a
 * baseline measured in the same run, or memory per execution).
 */

/** Latency quantiles of one scenario, in milliseconds. */
export interface LatencySummary {
  p50: number;
  p75: number;
  p99: number;
  mean: number;
}

/**
 * The scenario id under which `sandproof bench --adapter A` records a sandbox: `adapter.<name>`, the
 * adapter's name with unsafe characters replaced. The matrix reads a sandbox's p50 by this id.
 */
export function adapterScenarioId(name: string): string {
  return `adapter.${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** The schema version this code writes and reads. Bump on any incompatible change. */
export const BENCH_SCHEMA_VERSION = 1;

/** Where and with what a run was measured. */
export interface MachineInfo {
  hostname: string;
  platform: string;
  arch: string;
  cpuModel: string;
  cores: number;
  totalMemoryBytes: number;
  /** Load average at the start of the run: a shared machine's noise, for the reader. */
  loadAverage: number[];
  versions: { node: string; v8: string; isolatedVm: string; sandproof: string; quickjs: string };
}

/** One measured scenario. Latency fields are absent for scenarios that measure only memory or counts. */
export interface ScenarioResult {
  /** Stable id, e.g. `reference.warm.ultra-secure`. */
  id: string;
  description: string;
  latencyMs?: LatencySummary;
  throughputPerSec?: number;
  samples: number;
  /** Scenario-specific figures (bytes, counts, ratios), named with their unit. */
  extra?: Record<string, number | boolean | string>;
}

/** Which way is better for a ratio. */
export type Better = 'lower' | 'higher';

/** A machine-independent figure the gate compares, with its per-round samples. */
export interface RatioResult {
  /** e.g. `reference.warm.ultra-secure/floor.fresh-context`, or `memory.per-execution.ultra-secure`. */
  id: string;
  value: number;
  better: Better;
  /** One value per measurement round (ratios), or per execution (memory): the gate's statistics. */
  samples: number[];
  unit: 'ratio' | 'bytes';
}

/** A target: `static` ones (the original design's) fail the gate outright; `own` ones are reported. */
export interface TargetResult {
  id: string;
  kind: 'static' | 'own';
  description: string;
  /** `value` must be below `limit` (`max`) or at least `limit` (`min`). */
  comparison: 'max' | 'min';
  limit: number;
  value: number;
  ok: boolean;
}

/** The whole of `bench.json`. */
export interface BenchResults {
  schemaVersion: typeof BENCH_SCHEMA_VERSION;
  createdAt: string;
  mode: 'quick' | 'full';
  durationMs: number;
  machine: MachineInfo;
  scenarios: ScenarioResult[];
  ratios: RatioResult[];
  targets: TargetResult[];
  /** Anything that failed to run, as data: a scenario that threw is listed here, not hidden. */
  errors: Array<{ id: string; message: string }>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNumber = (v: unknown): v is number => typeof v === 'number';

function scenarioErrors(s: unknown, at: string): string[] {
  if (!isObject(s)) return [`${at}: not an object`];
  const errors: string[] = [];
  if (typeof s.id !== 'string' || s.id === '') errors.push(`${at}.id: missing`);
  if (!isNumber(s.samples)) errors.push(`${at}.samples: not a number`);
  if (s.latencyMs !== undefined) {
    const l = s.latencyMs;
    if (!isObject(l) || !['p50', 'p75', 'p99', 'mean'].every((k) => isNumber(l[k]))) {
      errors.push(`${at}.latencyMs: needs numeric p50, p75, p99, mean`);
    }
  }
  if (s.throughputPerSec !== undefined && !isNumber(s.throughputPerSec)) {
    errors.push(`${at}.throughputPerSec: not a number`);
  }
  return errors;
}

function ratioErrors(r: unknown, at: string): string[] {
  if (!isObject(r)) return [`${at}: not an object`];
  const errors: string[] = [];
  if (typeof r.id !== 'string') errors.push(`${at}.id: missing`);
  if (!isNumber(r.value)) errors.push(`${at}.value: not a number`);
  if (r.better !== 'lower' && r.better !== 'higher') errors.push(`${at}.better: must be lower or higher`);
  if (!Array.isArray(r.samples) || !r.samples.every(isNumber)) errors.push(`${at}.samples: not numbers`);
  return errors;
}

function targetErrors(t: unknown, at: string): string[] {
  if (!isObject(t)) return [`${at}: not an object`];
  const errors: string[] = [];
  if (typeof t.id !== 'string') errors.push(`${at}.id: missing`);
  if (t.kind !== 'static' && t.kind !== 'own') errors.push(`${at}.kind: must be static or own`);
  if (t.comparison !== 'max' && t.comparison !== 'min') errors.push(`${at}.comparison: must be max or min`);
  if (!isNumber(t.limit) || !isNumber(t.value)) errors.push(`${at}: limit and value must be numbers`);
  if (typeof t.ok !== 'boolean') errors.push(`${at}.ok: not a boolean`);
  return errors;
}

/** Every way `data` departs from the schema; empty when it is a valid {@link BenchResults}. */
export function validateBenchResults(data: unknown): string[] {
  if (!isObject(data)) return ['bench results: not an object'];
  if (data.schemaVersion !== BENCH_SCHEMA_VERSION) {
    return [`schemaVersion: expected ${BENCH_SCHEMA_VERSION}, got ${JSON.stringify(data.schemaVersion)}`];
  }
  const errors: string[] = [];
  if (!isObject(data.machine) || !isObject(data.machine.versions)) errors.push('machine: missing versions');
  for (const key of ['scenarios', 'ratios', 'targets'] as const) {
    if (!Array.isArray(data[key])) errors.push(`${key}: not an array`);
  }
  if (errors.length > 0) return errors;
  const checks = [
    ['scenarios', scenarioErrors],
    ['ratios', ratioErrors],
    ['targets', targetErrors],
  ] as const;
  for (const [key, check] of checks) {
    for (const [i, item] of (data[key] as unknown[]).entries()) errors.push(...check(item, `${key}[${i}]`));
  }
  return errors;
}

/** Parses and validates a `bench.json` text; throws an Error listing what is wrong. */
export function parseBenchResults(text: string): BenchResults {
  const data: unknown = JSON.parse(text);
  const errors = validateBenchResults(data);
  if (errors.length > 0) throw new Error(`invalid bench results: ${errors.slice(0, 5).join('; ')}`);
  return data as BenchResults;
}
