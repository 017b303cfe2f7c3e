/**
 * Merges several runs of the same code into one results document, for a baseline that carries the
 * spread of more than one run: every gated figure pools its samples, and its value becomes the median of
 * the pool. Scenarios, targets and the machine are the last run's; errors are all runs'.
 */
import type { BenchResults, RatioResult } from '../../results/index.js';
import { median, round } from './stats.js';

/** One document from `runs` (at least one), figures pooled. */
export function mergeRuns(runs: readonly BenchResults[]): BenchResults {
  const last = runs.at(-1);
  if (last === undefined) throw new Error('nothing to merge');
  const pooled = new Map<string, RatioResult>();
  for (const run of runs) {
    for (const figure of run.ratios) {
      const seen = pooled.get(figure.id);
      pooled.set(
        figure.id,
        seen === undefined
          ? { ...figure, samples: [...figure.samples] }
          : { ...seen, samples: [...seen.samples, ...figure.samples] },
      );
    }
  }
  const ratios = [...pooled.values()].map((r) => ({
    ...r,
    value: r.unit === 'bytes' ? Math.round(median(r.samples)) : round(median(r.samples)),
  }));
  return {
    ...last,
    ratios,
    errors: runs.flatMap((r) => r.errors),
    durationMs: runs.reduce((sum, r) => sum + r.durationMs, 0),
  };
}
