/**
 * The regression gate, in the manner of Chromium's Pinpoint: every machine-independent figure of the
 * current run(s) is compared with the committed baseline and gets one of three verdicts.
 *
 * - `same`: the current median is within `threshold` of the baseline's in the bad direction, or better.
 *   Default 2x: on the shared 2-core machine, runs of the same code moved a same-run ratio by up to 1.6x
 *   (warm/floor 2.97 to 4.84 with load averages from 3 to 18), so a tighter threshold would be flaky.
 * - `different`: worse than `threshold`, and the Mann-Whitney U test on the per-round samples rejects
 *   "same distribution" at `alpha` (default 0.01). A regression: the gate fails.
 * - `unknown`: worse than `threshold`, but the samples cannot tell it from noise. Collect more runs (their
 *   samples are pooled); if still unknown, the gate warns and passes.
 *
 * A figure's `value` is authoritative; its samples give the spread, rescaled so their median is the
 * value (a no-op for files this code wrote). With fewer than {@link MIN_SAMPLES} samples a side, the
 * verdict rests on the threshold alone. The static targets fail the gate outright, whatever the baseline.
 */
import type {
  BenchResults,
  FigureComparison,
  GateOptions,
  GateReport,
  RatioResult,
  Verdict,
} from '../../results/index.js';

export type { FigureComparison, GateOptions, GateReport, Verdict };

import { mannWhitneyP, median, round } from './stats.js';

/** The documented defaults. */
export const DEFAULT_GATE_OPTIONS: Readonly<GateOptions> = Object.freeze({ threshold: 2, alpha: 0.01 });
/** Fewest samples a side for the rank test to mean anything. */
export const MIN_SAMPLES = 3;

function scaled(figure: RatioResult): number[] {
  const m = median(figure.samples);
  if (!(m > 0) || !(figure.value > 0)) return figure.samples;
  const factor = figure.value / m;
  return factor === 1 ? figure.samples : figure.samples.map((s) => s * factor);
}

/** Compares one baseline figure with the same figure from every current run (samples pooled). */
export function compareFigure(
  base: RatioResult,
  currents: readonly RatioResult[],
  options: GateOptions,
): FigureComparison {
  if (currents.length === 0) {
    return {
      id: base.id,
      baseline: base.value,
      current: null,
      worsening: Number.NaN,
      pValue: null,
      verdict: 'different',
      fails: true,
      note: 'missing from the current run (did its scenario fail?)',
    };
  }
  const baseSamples = scaled(base);
  const currentSamples = currents.flatMap(scaled);
  const current = currents.length === 1 ? (currents[0] as RatioResult).value : median(currentSamples);
  const worsening = base.better === 'lower' ? current / base.value : base.value / current;
  const result = {
    id: base.id,
    baseline: round(base.value),
    current: round(current),
    worsening: round(worsening, 3),
  };
  if (!(worsening > options.threshold)) {
    const note = worsening < 1 / options.threshold ? 'improved: consider updating the baseline' : undefined;
    return { ...result, pValue: null, verdict: 'same', fails: false, ...(note ? { note } : {}) };
  }
  if (baseSamples.length < MIN_SAMPLES || currentSamples.length < MIN_SAMPLES) {
    return {
      ...result,
      pValue: null,
      verdict: 'different',
      fails: true,
      note: 'too few samples: judged on the threshold alone',
    };
  }
  const pValue = mannWhitneyP(baseSamples, currentSamples);
  const verdict: Verdict = pValue < options.alpha ? 'different' : 'unknown';
  return { ...result, pValue: round(pValue, 5), verdict, fails: verdict === 'different' };
}

/** Runs the gate: `currents` are one or more runs of the same code (their samples are pooled). */
export function runGate(
  baseline: BenchResults,
  currents: readonly BenchResults[],
  options: GateOptions = DEFAULT_GATE_OPTIONS,
): GateReport {
  const latest = currents.at(-1);
  if (latest === undefined) throw new Error('the gate needs at least one current run');
  const comparisons = baseline.ratios.map((base) =>
    compareFigure(
      base,
      currents.flatMap((run) => run.ratios.filter((r) => r.id === base.id)),
      options,
    ),
  );
  const staticFailures = latest.targets.filter((t) => t.kind === 'static' && !t.ok);
  const failed = staticFailures.length > 0 || comparisons.some((c) => c.fails);
  const unknown = comparisons.some((c) => c.verdict === 'unknown');
  return {
    outcome: failed ? 'fail' : unknown ? 'warn' : 'pass',
    comparisons,
    staticFailures,
    runs: currents.length,
    options,
  };
}

/** A plain-text table of the report, one line per figure, worst first. */
export function formatGateReport(report: GateReport): string {
  const lines = [
    `gate: ${report.outcome.toUpperCase()} (${report.runs} run(s), threshold ${report.options.threshold}x, alpha ${report.options.alpha})`,
  ];
  for (const t of report.staticFailures)
    lines.push(
      `  STATIC TARGET MISSED ${t.id}: ${t.value} (limit ${t.comparison === 'max' ? '<' : '>='} ${t.limit})`,
    );
  const sorted = [...report.comparisons].sort((a, b) => (b.worsening || 0) - (a.worsening || 0));
  for (const c of sorted) {
    const p = c.pValue === null ? '' : ` p=${c.pValue}`;
    const change = c.worsening < 1 ? `${round(1 / c.worsening, 3)}x better` : `${c.worsening}x worse`;
    lines.push(
      `  ${c.verdict.padEnd(9)} ${c.id}: ${c.baseline} -> ${c.current ?? 'missing'} (${change}${p})${c.note ? ` ${c.note}` : ''}`,
    );
  }
  if (report.outcome === 'warn')
    lines.push(
      '  some figures are unknown: collect more runs (pass several --current files, or let the gate rerun)',
    );
  return `${lines.join('\n')}\n`;
}
