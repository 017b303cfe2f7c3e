/**
 * Writes every report of a results document into a folder: the HTML page, JUnit XML, the Markdown
 * summary and the badge (SVG and shields endpoint JSON). The conformance runner and the bench call these
 * after writing their JSON; `sandproof report` calls them to rebuild from a saved file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConformanceResults, GateReport } from '../results/index.js';
import { benchBadge, conformanceBadge, renderBadgeSvg, shieldsEndpoint } from './badge.js';
import { loadBenchHistory } from './bench-history.js';
import { renderBenchHtml } from './bench-html.js';
import { type BenchReportInput, gateFromReport } from './bench-view.js';
import { renderConformanceHtml } from './conformance-html.js';
import { loadCorpusSnippets } from './corpus-snippets.js';
import { renderBenchJunit, renderConformanceJunit } from './junit-xml.js';
import { renderBenchMarkdown, renderConformanceMarkdown } from './markdown-summary.js';

/** The corpus shipped with sandproof: where failure snippets are looked up by default. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../suites/corpus', import.meta.url));

/** File names written for conformance results (the runner's `junit.xml` name is kept). */
export const CONFORMANCE_FILES = {
  html: 'conformance.html',
  junit: 'junit.xml',
  markdown: 'conformance-summary.md',
  badgeSvg: 'conformance-badge.svg',
  badgeJson: 'conformance-badge.json',
} as const;

/** File names written for bench results. */
export const BENCH_FILES = {
  html: 'bench.html',
  junit: 'bench-junit.xml',
  markdown: 'bench-summary.md',
  badgeSvg: 'bench-badge.svg',
  badgeJson: 'bench-badge.json',
} as const;

/** Options of {@link writeConformanceReports}. */
export interface ConformanceReportOptions {
  /** Corpus folder for failure snippets (default: the shipped corpus); `null` shows no snippet. */
  corpusDir?: string | null;
  /**
   * Write `junit.xml` (default true). The runner, which holds every run record, may write its own
   * record-level JUnit instead; this one is built from the results' counts and failures only.
   */
  junit?: boolean;
}

/** Options of {@link writeBenchReports}. */
export interface BenchReportOptions {
  /** Folder of earlier `bench.json` files for the trend (default: `<dir>/history`; absent is fine). */
  historyDir?: string;
  /** A baseline run, for deltas when no gate verdict is given. */
  baseline?: BenchReportInput;
  /** The gate's report (`sandproof bench gate --json`): its verdict and comparisons are shown. */
  gate?: GateReport;
  /** How to name the gate's baseline (default: the committed baseline). */
  gateBaseline?: string;
}

async function writeAll(dir: string, files: [string, string][]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map(([name, text]) => writeFile(join(dir, name), text)));
  return files.map(([name]) => join(dir, name));
}

/**
 * The sample ids whose snippet must come from the corpus folder: those of failures that carry none. The suite
 * records each failure's snippet, so for its results this is empty and the corpus is not read.
 */
export function snippetsToLookUp(results: ConformanceResults): string[] {
  return results.profiles.flatMap((p) =>
    p.failures.filter((f) => typeof f.snippet !== 'string').map((f) => f.sampleId),
  );
}

/** Writes the conformance reports into `dir`; resolves to the paths written. */
export async function writeConformanceReports(
  results: ConformanceResults,
  dir: string,
  options: ConformanceReportOptions = {},
): Promise<string[]> {
  const corpusDir = options.corpusDir === undefined ? DEFAULT_CORPUS_DIR : options.corpusDir;
  const ids = snippetsToLookUp(results);
  const snippets =
    corpusDir === null || ids.length === 0 ? new Map() : await loadCorpusSnippets(ids, corpusDir);
  const badge = conformanceBadge(results);
  const files: [string, string][] = [
    [CONFORMANCE_FILES.html, renderConformanceHtml(results, { snippets })],
    [CONFORMANCE_FILES.markdown, renderConformanceMarkdown(results)],
    [CONFORMANCE_FILES.badgeSvg, renderBadgeSvg(badge)],
    [CONFORMANCE_FILES.badgeJson, shieldsEndpoint(badge)],
  ];
  if (options.junit !== false) files.push([CONFORMANCE_FILES.junit, renderConformanceJunit(results)]);
  return writeAll(dir, files);
}

/** Writes the benchmark reports into `dir`; resolves to the paths written. */
export async function writeBenchReports(
  results: BenchReportInput,
  dir: string,
  options: BenchReportOptions = {},
): Promise<string[]> {
  const history = await loadBenchHistory(options.historyDir ?? join(dir, 'history'));
  if (options.gate !== undefined) {
    results = {
      ...results,
      gate: gateFromReport(options.gate, options.gateBaseline ?? 'the committed baseline'),
    };
  }
  const badge = benchBadge(results);
  const baseline = options.baseline;
  return writeAll(dir, [
    [BENCH_FILES.html, renderBenchHtml(results, { history, ...(baseline ? { baseline } : {}) })],
    [BENCH_FILES.junit, renderBenchJunit(results)],
    [BENCH_FILES.markdown, renderBenchMarkdown(results, baseline)],
    [BENCH_FILES.badgeSvg, renderBadgeSvg(badge)],
    [BENCH_FILES.badgeJson, shieldsEndpoint(badge)],
  ]);
}
