/**
 * What the benchmark report shows, derived from `bench.json` alone: latency rows, ratios to the floor and
 * to the peers, memory per execution, the host heap over executions with its slope, pool reuse, targets,
 * the deltas against a baseline and the gate's verdict. Scenario and ratio ids follow the bench's naming
 * (`floor.*`, `peer.*`, `memory.host.*`, `memory.per-execution.*`); unknown ids are still listed, never dropped.
 */
import type {
  BenchResults,
  GateReport,
  RatioResult,
  ScenarioResult,
  TargetResult,
} from '../results/index.js';

/** One comparison of the gate: a figure now against the baseline. */
export interface GateComparison {
  id: string;
  baseline: number;
  /** NaN when the figure is missing from the current run. */
  current: number;
  /** How much worse in percent (positive: worse, whichever way is better for the figure). */
  changePct: number;
  pValue?: number;
  /** The gate's word for it (`same`, `different`, `unknown`), when a gate judged it. */
  verdict?: string;
  regressed: boolean;
  note?: string;
}

/** The gate's verdict as the report shows it (normalized from `sandproof bench gate --json`). */
export interface GateResult {
  baseline: string;
  outcome: 'pass' | 'warn' | 'fail';
  /** The rule that decided, in words. */
  rule?: string;
  comparisons: GateComparison[];
}

/** A bench results document as the report reads it (the gate is optional). */
export type BenchReportInput = BenchResults & { gate?: GateResult };

/** Normalizes the gate's own report (`sandproof bench gate --json`) for display. */
export function gateFromReport(report: GateReport, baseline: string): GateResult {
  const failing = report.comparisons.filter((c) => c.fails).map((c) => c.id);
  const statics = report.staticFailures.map((t) => t.id);
  const reasons = [
    failing.length > 0 ? `regressed: ${failing.join(', ')}` : '',
    statics.length > 0 ? `original targets missed: ${statics.join(', ')}` : '',
  ].filter(Boolean);
  const unknown = report.comparisons.filter((c) => c.verdict === 'unknown').length;
  const rule =
    report.outcome === 'fail'
      ? `${reasons.join('; ')} (threshold ${report.options.threshold}x, rank test at alpha ${report.options.alpha}).`
      : report.outcome === 'warn'
        ? `${unknown} figure(s) worse than ${report.options.threshold}x but not told from noise: collect more runs.`
        : `No figure worse than ${report.options.threshold}x the baseline with significance (${report.runs} run(s)).`;
  return {
    baseline,
    outcome: report.outcome,
    rule,
    comparisons: report.comparisons.map((c) => ({
      id: c.id,
      baseline: c.baseline,
      current: c.current ?? Number.NaN,
      changePct: (c.worsening - 1) * 100,
      ...(c.pValue === null ? {} : { pValue: c.pValue }),
      verdict: c.verdict,
      regressed: c.fails,
      ...(c.note ? { note: c.note } : {}),
    })),
  };
}

/** Heap over executions: points and the least-squares slope in bytes per execution. */
export interface HeapSeries {
  points: { x: number; heap: number; rss: number | null }[];
  slopeBytesPerExecution: number | null;
  /** The bench's own figure (between first and last checkpoint), when present. */
  reportedGrowth: number | null;
}

/** Pool statistics found in a scenario's extra figures. */
export interface PoolFigures {
  scenario: string;
  counts: { name: string; value: number }[];
  reuseRate: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Scenarios that carry a latency summary, in file order. */
export function latencyScenarios(
  b: BenchResults,
): (ScenarioResult & { latencyMs: NonNullable<ScenarioResult['latencyMs']> })[] {
  return b.scenarios.filter(
    (s): s is ScenarioResult & { latencyMs: NonNullable<ScenarioResult['latencyMs']> } =>
      s.latencyMs !== undefined,
  );
}

/** Targets with a limit in milliseconds, one line per distinct limit (three profiles at 50 ms draw once). */
export function latencyTargets(b: BenchResults): { label: string; limitMs: number; ok: boolean }[] {
  const ms = b.targets.filter((t) => t.comparison === 'max' && /latency|-ms$/.test(t.id));
  const byLimit = new Map<number, TargetResult[]>();
  for (const t of ms) byLimit.set(t.limit, [...(byLimit.get(t.limit) ?? []), t]);
  return [...byLimit].map(([limitMs, ts]) => ({
    label: ts.length === 1 ? ts[0]!.id : `${commonPrefix(ts.map((t) => t.id))}* (${ts.length})`,
    limitMs,
    ok: ts.every((t) => t.ok),
  }));
}

function commonPrefix(ids: string[]): string {
  let prefix = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Ratios grouped: to the raw floor, to the peers, and the rest (scanner against parsing). */
export function ratioGroups(b: BenchResults): {
  floor: RatioResult[];
  peers: RatioResult[];
  other: RatioResult[];
} {
  const ratios = b.ratios.filter((r) => r.unit === 'ratio');
  return {
    floor: ratios.filter((r) => r.id.includes('/floor.')),
    peers: ratios.filter((r) => r.id.includes('/peer.')),
    other: ratios.filter((r) => !r.id.includes('/floor.') && !r.id.includes('/peer.')),
  };
}

/** Memory per execution (bytes ratios) with the static limit when a target states one. */
export function memoryPerExecution(b: BenchResults): { rows: RatioResult[]; limit: number | null } {
  const limit = b.targets.find((t) => t.id.startsWith('static.memory'))?.limit ?? null;
  return { rows: b.ratios.filter((r) => r.unit === 'bytes'), limit };
}

function leastSquaresSlope(points: { x: number; heap: number }[]): number | null {
  if (points.length < 2) return null;
  const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
  const my = points.reduce((a, p) => a + p.heap, 0) / points.length;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  return points.reduce((a, p) => a + (p.x - mx) * (p.heap - my), 0) / sxx;
}

/** Host heap over executions from the `extra.executions` / `extra.heapUsedBytes` checkpoints. */
export function heapSeries(b: BenchResults): HeapSeries {
  const points = b.scenarios
    .map((s) => ({
      x: num(s.extra?.executions),
      heap: num(s.extra?.heapUsedBytes),
      rss: num(s.extra?.rssBytes),
    }))
    .filter((p): p is { x: number; heap: number; rss: number | null } => p.x !== null && p.heap !== null)
    .sort((a, c) => a.x - c.x);
  const growth = b.scenarios.filter((s) => num(s.extra?.heapGrowthBytesPerExecution) !== null).at(-1);
  return {
    points,
    slopeBytesPerExecution: leastSquaresSlope(points),
    reportedGrowth: num(growth?.extra?.heapGrowthBytesPerExecution),
  };
}

/**
 * Pool counters from `pool.reuse` (or the first scenario reporting `reuseRatio` or `reused`): executions
 * are the scenario's samples; reused executions are derived from the ratio when not given.
 */
export function poolFigures(b: BenchResults): PoolFigures | null {
  const s =
    b.scenarios.find((x) => x.id === 'pool.reuse') ??
    b.scenarios.find((x) => num(x.extra?.reuseRatio) !== null || num(x.extra?.reused) !== null);
  if (s === undefined) return null;
  const executions = num(s.extra?.executions) ?? s.samples;
  const ratio = num(s.extra?.reuseRatio);
  const reused = num(s.extra?.reused) ?? (ratio === null ? null : Math.round(ratio * executions));
  const figures: Record<string, number | null> = {
    executions,
    reused,
    created: num(s.extra?.created),
    recycled: num(s.extra?.recycled),
  };
  const counts = Object.entries(figures).flatMap(([name, value]) =>
    value === null ? [] : [{ name, value }],
  );
  const reuseRate = ratio ?? (reused !== null && executions > 0 ? reused / executions : null);
  return { scenario: s.id, counts, reuseRate };
}

/**
 * Deltas of every ratio against a baseline run, by id. Informational: the gate alone decides, with its
 * rank test over the per-round samples; a bare percentage on a shared machine is noise-prone.
 */
export function baselineDeltas(current: BenchResults, baseline: BenchResults): GateComparison[] {
  const before = new Map(baseline.ratios.map((r) => [r.id, r]));
  return current.ratios.flatMap((r) => {
    const b = before.get(r.id);
    if (b === undefined || b.value === 0) return [];
    const changePct = ((r.value - b.value) / b.value) * 100;
    const worse = r.better === 'lower' ? changePct : -changePct;
    return [{ id: r.id, baseline: b.value, current: r.value, changePct, regressed: worse > 10 }];
  });
}

/** Targets split by kind with their counts. */
export function targetCounts(b: BenchResults): { kind: 'static' | 'own'; met: number; total: number }[] {
  return (['static', 'own'] as const).map((kind) => {
    const ts = b.targets.filter((t) => t.kind === kind);
    return { kind, met: ts.filter((t) => t.ok).length, total: ts.length };
  });
}
