/**
 * The trend over earlier benchmark runs kept in a history folder (one `bench.json` copy per run). Files
 * that are not valid bench results are skipped and named, so a stray file never breaks the report.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BenchResults, validateBenchResults } from '../results/index.js';
import { html, type SafeHtml } from './html-template.js';
import { renderLineChart, seriesColor } from './svg-line-chart.js';

/** Runs read from a history folder, oldest first, and the files skipped. */
export interface BenchHistory {
  runs: BenchResults[];
  skipped: string[];
}

/** Most runs shown in a trend; older ones are left out. */
export const MAX_HISTORY = 60;

/** Reads every `*.json` of `dir` (absent folder: empty history). */
export async function loadBenchHistory(dir: string): Promise<BenchHistory> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return { runs: [], skipped: [] };
  }
  const runs: BenchResults[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    try {
      const data: unknown = JSON.parse(await readFile(join(dir, name), 'utf8'));
      if (validateBenchResults(data).length === 0) runs.push(data as BenchResults);
      else skipped.push(name);
    } catch {
      skipped.push(name);
    }
  }
  runs.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return { runs: runs.slice(-MAX_HISTORY), skipped };
}

/** The ratio ids worth a trend line: warm against the floor and against the peers. */
function trendIds(runs: BenchResults[]): string[] {
  const last = runs.at(-1);
  if (last === undefined) return [];
  return last.ratios
    .filter((r) => r.unit === 'ratio' && /^reference\.warm\./.test(r.id))
    .map((r) => r.id)
    .slice(0, 6);
}

/** The trend section: ratios over runs, with the current run last. */
export function renderBenchTrend(history: BenchHistory, current: BenchResults): SafeHtml {
  const runs = [...history.runs.filter((r) => r.createdAt !== current.createdAt), current];
  const skipped =
    history.skipped.length > 0
      ? html`<p class="note">Skipped (not bench results): ${history.skipped.join(', ')}</p>`
      : null;
  if (runs.length < 2)
    return html`<p class="note">No history folder with earlier runs: no trend yet.</p>${skipped}`;
  const series = trendIds(runs).map((id, i) => ({
    name: id,
    color: seriesColor(i),
    points: runs.flatMap((run, x) => {
      const value = run.ratios.find((r) => r.id === id)?.value;
      return value === undefined ? [] : [{ x, y: value }];
    }),
  }));
  const labels = new Map(runs.map((run, x) => [x, run.createdAt.slice(0, 10)]));
  const chart = renderLineChart({
    title: `Ratios over the last ${runs.length} runs (lower is better)`,
    series,
    xTitle: 'run date',
    xLabels: labels,
    height: 340,
  });
  return html`<div class="chart">${chart}</div>${skipped}`;
}
