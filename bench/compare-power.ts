/**
 * How often `bench compare` flags a change, from its JSON reports (`--out`): the power study of
 * bench/README.md. `node --import tsx bench/compare-power.ts [--metric M] [--threshold T] [--alpha A] [--pool K]
 * LABEL=FILE,FILE... ...` prints, per label and scenario, how many runs were judged slower (a
 * regression), same, faster and unknown. Verdicts are recomputed from the per-round figures with the
 * given options; `--pool K` joins the rounds of K runs of a label into one comparison (K times the rounds).
 */
import { readFileSync } from 'node:fs';
import { buildCompareReport, DEFAULT_METRIC, figuresOf } from './compare-cli.js';
import type { ProbeMetric } from './compare-probe.js';
import type { RoundsResult } from './compare-rounds.js';
import { type CompareOptions, type CompareReport, DEFAULT_COMPARE_OPTIONS } from './compare-verdict.js';

/** A report as `--out` writes it: with the raw figures of every metric. */
type SavedReport = CompareReport & { raw: RoundsResult };

/** Counts of each verdict per scenario over the comparisons of one label. */
export function tally(
  reports: readonly SavedReport[],
  options: CompareOptions,
  pool: number,
  metric: ProbeMetric,
): Map<string, Record<'slower' | 'same' | 'faster' | 'unknown', number>> {
  const counts = new Map<string, Record<'slower' | 'same' | 'faster' | 'unknown', number>>();
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
    for (const s of report.scenarios) {
      const c = counts.get(s.id) ?? { slower: 0, same: 0, faster: 0, unknown: 0 };
      c[s.direction ?? (s.verdict === 'same' ? 'same' : 'unknown')]++;
      counts.set(s.id, c);
    }
  }
  return counts;
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
  console.log('| label | scenario | comparisons | slower (flagged) | same | unknown | faster |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, files] of groups) {
    const reports = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as SavedReport);
    for (const [id, c] of tally(reports, options, pool, metric)) {
      const n = c.slower + c.same + c.faster + c.unknown;
      console.log(`| ${label} | ${id} | ${n} | ${c.slower} | ${c.same} | ${c.unknown} | ${c.faster} |`);
    }
  }
}

if (process.argv[1]?.endsWith('compare-power.ts')) main(process.argv.slice(2));
