/**
 * How often `bench compare` flags a change, from its JSON reports (`--out`): the power study of
 * bench/README.md. `node --import tsx bench/probes/compare-power.ts [--metric M] [--threshold T] [--alpha A] [--pool K]
 * LABEL=FILE,FILE... ...` prints, per label and scenario, how many runs were judged slower (a
 * regression), same, faster and unknown. Verdicts are recomputed from the per-round figures with the
 * given options; `--pool K` joins the rounds of K runs of a label into one comparison (K times the rounds).
 */
import { readFileSync } from 'node:fs';
import { buildCompareReport, DEFAULT_METRIC, figuresOf } from '../cli/compare-cli.js';
import type { ProbeMetric } from '../lib/compare-probe.js';
import type { RoundsResult } from '../lib/compare-rounds.js';
import { type CompareOptions, type CompareReport, DEFAULT_COMPARE_OPTIONS } from '../lib/compare-verdict.js';
import { median } from '../lib/stats.js';

/** A report as `--out` writes it: with the raw figures of every metric. */
type SavedReport = CompareReport & { raw: RoundsResult };

type Counts = Record<'slower' | 'same' | 'faster' | 'unknown', number> & { estimates: number[] };

/** Verdicts of one label's comparisons: per scenario, and how many comparisons failed (exit 1). */
export function tally(
  reports: readonly SavedReport[],
  options: CompareOptions,
  pool: number,
  metric: ProbeMetric,
): { scenarios: Map<string, Counts>; comparisons: number; failed: number } {
  const scenarios = new Map<string, Counts>();
  let comparisons = 0;
  let failed = 0;
  for (let i = 0; i + pool <= reports.length; i += pool) {
    const group = reports.slice(i, i + pool);
    const rounds = group.reduce((n, r) => n + r.rounds, 0);
    const raw: RoundsResult = {
      base: group.flatMap((r) => r.raw.base),
      head: group.flatMap((r) => r.raw.head),
    };
    const report = buildCompareReport(
      { base: '', head: '' },
      rounds,
      figuresOf(raw, metric),
      options,
      metric,
    );
    comparisons++;
    if (report.outcome === 'fail') failed++;
    for (const s of report.scenarios) {
      const c = scenarios.get(s.id) ?? { slower: 0, same: 0, faster: 0, unknown: 0, estimates: [] };
      c[s.direction ?? (s.verdict === 'same' ? 'same' : 'unknown')]++;
      c.estimates.push(s.interval.estimate);
      scenarios.set(s.id, c);
    }
  }
  return { scenarios, comparisons, failed };
}

function main(argv: string[]): void {
  const options: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS };
  let pool = 1;
  let metric: ProbeMetric = DEFAULT_METRIC;
  const groups: [string, string[]][] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--threshold') options.threshold = Number(argv[++i]);
    else if (arg === '--alpha') options.alpha = Number(argv[++i]);
    else if (arg === '--pool') pool = Number(argv[++i]);
    else if (arg === '--metric') metric = argv[++i] as ProbeMetric;
    else {
      const [label, files] = arg.split('=');
      groups.push([label as string, (files ?? '').split(',').filter(Boolean)]);
    }
  }
  console.log(
    `${metric}, band ±${options.threshold * 100}%, ${(1 - options.alpha) * 100}% intervals, ${pool} run(s) per comparison`,
  );
  console.log('| label | scenario | median estimate | slower (flagged) | same | unknown | faster |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, files] of groups) {
    const reports = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as SavedReport);
    const { scenarios, comparisons, failed } = tally(reports, options, pool, metric);
    for (const [id, c] of scenarios) {
      const change = (median(c.estimates) - 1) * 100;
      console.log(
        `| ${label} | ${id} | ${change >= 0 ? '+' : ''}${change.toFixed(1)}% | ${c.slower}/${comparisons} | ${c.same} | ${c.unknown} | ${c.faster} |`,
      );
    }
    console.log(`| ${label} | **comparisons that exit 1** | | ${failed}/${comparisons} | | | |`);
  }
}

if (process.argv[1]?.endsWith('compare-power.ts')) main(process.argv.slice(2));
