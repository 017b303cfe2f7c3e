/**
 * Detection metrics of an adapter's static scanner, from its scan-on runs. Positives are malicious runs
 * whose expectation lists the `scan` stage (the scanner is meant to see them); negatives are benign runs
 * expected to complete. Malicious samples that only the runtime can stop (loops, bombs) are excluded:
 * counting them would measure the corpus, not the scanner.
 */

import type { DetectionMetrics, ProfileScannerMetrics } from '../results/index.js';
import type { RunRecord } from './run-record.js';

export type { DetectionMetrics, ProfileScannerMetrics };

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((1000 * a) / b) / 1000);

/** Derives rates from confusion counts. */
export function finishMetrics(counts: Pick<DetectionMetrics, 'tp' | 'fn' | 'fp' | 'tn'>): DetectionMetrics {
  const { tp, fn, fp, tn } = counts;
  return {
    tp,
    fn,
    fp,
    tn,
    tpr: ratio(tp, tp + fn),
    fpr: ratio(fp, fp + tn),
    precision: ratio(tp, tp + fp),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

type Counts = { tp: number; fn: number; fp: number; tn: number };

function tally(counts: Counts, record: RunRecord): void {
  if (record.kind === 'malicious') {
    if (record.refusedByScan) counts.tp += 1;
    else counts.fn += 1;
  } else if (record.refusedByScan) counts.fp += 1;
  else counts.tn += 1;
}

function relevant(record: RunRecord): boolean {
  if (!record.scan) return false;
  if (record.kind === 'malicious') return record.scanExpected;
  return !record.expected.startsWith('blocked');
}

/** Scanner metrics per profile from scan-on runs. */
export function scannerMetrics(
  records: readonly RunRecord[],
  profiles: readonly string[],
): ProfileScannerMetrics[] {
  return profiles.map((profile) => {
    const overall: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
    const categories: Record<string, Counts> = {};
    for (const record of records) {
      if (record.profile !== profile || !relevant(record)) continue;
      const key = record.kind === 'benign' ? `benign/${record.category}` : record.category;
      tally(overall, record);
      const counts = categories[key] ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
      categories[key] = counts;
      tally(counts, record);
    }
    const finished = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, finishMetrics(v)]));
    return { profile, overall: finishMetrics(overall), categories: finished };
  });
}
