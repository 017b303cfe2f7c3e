/**
 * The verdict of `sandproof bench compare` on one scenario, from the ratio head / base and its
 * confidence interval (paired-ratio.ts), against a threshold band [1 / (1 + t), 1 + t]:
 *
 * - **different**: the interval excludes 1 (the versions differ, with confidence) and the estimate lies
 *   outside the band (by more than the threshold): `slower` or `faster`;
 * - **same**: the whole interval lies inside the band: any difference is smaller than the threshold;
 * - **unknown**: neither: the rounds cannot tell; run more rounds.
 */
import type { RatioInterval } from './paired-ratio.js';

/** Three-way verdict, as the stored-baseline gate has. */
export type CompareVerdict = 'same' | 'different' | 'unknown';

/** Settings of the verdict. */
export interface CompareOptions {
  /** Relative change below which versions count as the same, e.g. 0.05 for 5%. */
  threshold: number;
  /** 1 - confidence level of the interval, e.g. 0.01. */
  alpha: number;
}

/** Defaults: a 5% band, 99% intervals. */
export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = Object.freeze({
  threshold: 0.05,
  alpha: 0.01,
});

/** One scenario's outcome. */
export interface ScenarioComparison {
  id: string;
  interval: RatioInterval;
  verdict: CompareVerdict;
  /** Set when the verdict is `different`. */
  direction?: 'slower' | 'faster';
  /** Per-round figures (ms; NaN where a round failed), kept for the JSON report. */
  base: number[];
  head: number[];
  /** Why a scenario has no figures on a side, when it has none. */
  error?: string;
}

/** The verdict for one interval. */
export function verdictOf(
  interval: RatioInterval,
  options: CompareOptions,
): { verdict: CompareVerdict; direction?: 'slower' | 'faster' } {
  const upper = 1 + options.threshold;
  const lower = 1 / upper;
  const { estimate, low, high } = interval;
  if (!Number.isFinite(estimate)) return { verdict: 'unknown' };
  if (low > 1 && estimate > upper) return { verdict: 'different', direction: 'slower' };
  if (high < 1 && estimate < lower) return { verdict: 'different', direction: 'faster' };
  if (low >= lower && high <= upper) return { verdict: 'same' };
  return { verdict: 'unknown' };
}

/** The whole comparison: exit 1 when a scenario is slower with confidence, or broke on head only. */
export interface CompareReport {
  base: string;
  head: string;
  rounds: number;
  options: CompareOptions;
  /** The figure compared (compare-probe.ts). */
  metric: string;
  scenarios: ScenarioComparison[];
  outcome: 'pass' | 'warn' | 'fail';
}

/** Pass, warn (something unknown or faster) or fail (something slower, or broken on head alone). */
export function outcomeOf(scenarios: readonly ScenarioComparison[]): CompareReport['outcome'] {
  if (scenarios.some((s) => s.direction === 'slower' || brokenOnHeadOnly(s))) return 'fail';
  if (scenarios.some((s) => s.verdict !== 'same')) return 'warn';
  return 'pass';
}

function brokenOnHeadOnly(s: ScenarioComparison): boolean {
  return s.head.every((v) => !Number.isFinite(v)) && s.base.some((v) => Number.isFinite(v));
}

function pct(ratio: number): string {
  if (!Number.isFinite(ratio)) return ratio > 0 ? '+inf' : '?';
  const change = (ratio - 1) * 100;
  return `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
}

function ms(values: readonly number[]): string {
  const ok = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (ok.length === 0) return '-';
  return (ok[Math.floor((ok.length - 1) / 2)] as number).toFixed(3);
}

/** A plain-text table, one line per scenario. */
export function formatCompareReport(report: CompareReport): string {
  const { threshold, alpha } = report.options;
  const lines = [
    `compare: ${report.outcome.toUpperCase()}  head ${report.head} vs base ${report.base}, ${report.rounds} round(s), ` +
      `${report.metric}, band ±${(threshold * 100).toFixed(1)}%, ${((1 - alpha) * 100).toFixed(0)}% intervals`,
    `  ${'scenario'.padEnd(34)} ${'base ms'.padStart(8)} ${'head ms'.padStart(8)} ${'change'.padStart(8)}  interval            verdict`,
  ];
  for (const s of report.scenarios) {
    const { estimate, low, high } = s.interval;
    const verdict = s.direction === undefined ? s.verdict : `${s.verdict} (${s.direction})`;
    lines.push(
      `  ${s.id.padEnd(34)} ${ms(s.base).padStart(8)} ${ms(s.head).padStart(8)} ${pct(estimate).padStart(8)}  ` +
        (high === Infinity ? 'too few rounds' : `[${pct(low)}, ${pct(high)}]`).padEnd(20) +
        verdict +
        (s.error === undefined ? '' : `  (${s.error})`),
    );
  }
  return `${lines.join('\n')}\n`;
}
