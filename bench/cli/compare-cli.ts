/**
 * `sandproof bench compare --base REF`: measures the current tree (or `--head REF`) against a git ref,
 * side by side, in the same run, round after round, and gives each scenario a ratio with a confidence
 * interval and a verdict (compare-verdict.ts). The stored-baseline gate (`bench gate`) stays for the
 * static targets; this one sees relative changes a stored baseline cannot.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPARE_SCENARIOS, PROBE_METRICS, type ProbeMetric } from '../lib/compare-probe.js';
import { type RoundsResult, runCompareRounds } from '../lib/compare-rounds.js';
import { CompareSetupError, type PreparedTree, prepareTree } from '../lib/compare-tree.js';
import {
  type CompareOptions,
  type CompareReport,
  DEFAULT_COMPARE_OPTIONS,
  formatCompareReport,
  outcomeOf,
  type ScenarioComparison,
  verdictOf,
} from '../lib/compare-verdict.js';
import { pairedRatioInterval } from '../lib/paired-ratio.js';

/** Where the command writes (the process streams, or a buffer in tests). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The tree this file belongs to: the head when no `--head` is given. */
const THIS_TREE = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `Usage: sandproof bench compare --base REF [--head REF] [--rounds N] [--batch N] [--warmup N]
                               [--threshold T] [--alpha A] [--metric M] [--install] [--json] [--out FILE]

  --base       git ref of the version to compare against (checked out in a temporary worktree)
  --head       git ref of the version under test (default: this working tree, uncommitted changes included)
  --rounds     rounds (default 20); each runs a fresh process per side, the order alternating
  --batch      timed executions per scenario per process (default 40)
  --warmup     untimed executions per scenario per process (default 10)
  --threshold  relative change that counts (default ${DEFAULT_COMPARE_OPTIONS.threshold}: a band of ±5%)
  --alpha      1 - confidence level of the intervals (default ${DEFAULT_COMPARE_OPTIONS.alpha}: 99%)
  --metric     the figure compared: cpuMean (default: CPU time of the process per execution, every
               thread), wallP50, wallP10 or wallMin (wall-clock median, 10th percentile, minimum)
  --install    npm ci in the worktree even when its package-lock.json is this tree's
  --json       print the report as JSON
  --out        also write the JSON report to FILE

Per scenario: the ratio head / base (Hodges-Lehmann estimate over the per-round pairs) and its interval
(Wilcoxon signed-rank, exact). Verdict: different (the interval excludes 1 and the estimate is beyond the
band: slower or faster), same (the interval lies inside the band), unknown (neither: run more rounds).
Exit codes: 0 nothing slower (a warning is printed when something is unknown or faster); 1 a scenario is
slower beyond the band with confidence, or ran on base and broke on head; 2 a usage error, an unknown
ref, a worktree that could not be set up, or no scenario that ran on both sides.
`;

interface CompareArgs {
  base: string;
  head: string | undefined;
  rounds: number;
  batch: number;
  warmup: number;
  options: CompareOptions;
  metric: ProbeMetric;
  install: boolean;
  json: boolean;
  out: string | undefined;
}

function positiveInteger(text: string | undefined): number | null {
  const n = Number(text);
  return text !== undefined && Number.isInteger(n) && n > 0 ? n : null;
}

function fraction(text: string | undefined): number | null {
  const n = Number(text);
  return text !== undefined && Number.isFinite(n) && n > 0 && n < 1 ? n : null;
}

/**
 * Rounds when `--rounds` is not given: on the loaded 2-core machine, 10 rounds flagged an injected 10%
 * slowdown in 3 of 5 comparisons and 20 rounds in 2 of 2 (bench/README.md, the power study).
 */
export const DEFAULT_ROUNDS = 20;

/** Parses the arguments, or returns what is wrong with them. */
export function parseCompareArgs(argv: readonly string[]): CompareArgs | string {
  const args: Partial<CompareArgs> & { options: CompareOptions } = {
    rounds: DEFAULT_ROUNDS,
    batch: 40,
    warmup: 10,
    options: { ...DEFAULT_COMPARE_OPTIONS },
    metric: DEFAULT_METRIC,
    install: false,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    const isValue = value !== undefined && !value.startsWith('--');
    if (arg === '--json') args.json = true;
    else if (arg === '--install') args.install = true;
    else if (arg === '--base' && isValue) args.base = argv[++i];
    else if (arg === '--head' && isValue) args.head = argv[++i];
    else if (arg === '--out' && isValue) args.out = argv[++i];
    else if (arg === '--metric' && PROBE_METRICS.includes(value as ProbeMetric))
      args.metric = argv[++i] as ProbeMetric;
    else if (arg === '--rounds' && (positiveInteger(value) ?? 0) >= 2) args.rounds = Number(argv[++i]);
    else if (arg === '--batch' && positiveInteger(value) !== null) args.batch = Number(argv[++i]);
    else if (arg === '--warmup' && positiveInteger(value) !== null) args.warmup = Number(argv[++i]);
    else if (arg === '--threshold' && fraction(value) !== null) args.options.threshold = Number(argv[++i]);
    else if (arg === '--alpha' && fraction(value) !== null) args.options.alpha = Number(argv[++i]);
    else return `unknown, incomplete or invalid option ${arg}${value === undefined ? '' : ` ${value}`}`;
  }
  if (args.base === undefined) return '--base REF is required';
  return args as CompareArgs;
}

/** The figure compared when `--metric` is not given. */
export const DEFAULT_METRIC: ProbeMetric = 'cpuMean';

/** Per-round figures of one metric, the shape {@link buildCompareReport} reads. */
export interface MetricFigures {
  base: Record<string, number[]>;
  head: Record<string, number[]>;
  errors: { base: Record<string, string>; head: Record<string, string> };
}

/** One metric's per-round figures (NaN where a round failed) and each side's last error per scenario. */
export function figuresOf(rounds: RoundsResult, metric: ProbeMetric): MetricFigures {
  const out: MetricFigures = { base: {}, head: {}, errors: { base: {}, head: {} } };
  for (const side of ['base', 'head'] as const)
    for (const id of COMPARE_SCENARIOS) {
      out[side][id] = rounds[side].map((r) => r.figures[id]?.[metric] ?? Number.NaN);
      for (const r of rounds[side]) {
        const error = r.errors[id];
        if (error !== undefined) out.errors[side][id] = error;
      }
    }
  return out;
}

/** Builds the report from the rounds' figures. */
export function buildCompareReport(
  labels: { base: string; head: string },
  rounds: number,
  figures: MetricFigures,
  options: CompareOptions,
  metric: ProbeMetric = DEFAULT_METRIC,
): CompareReport {
  const scenarios: ScenarioComparison[] = Object.keys(figures.head).map((id) => {
    const base = figures.base[id] ?? [];
    const head = figures.head[id] ?? [];
    const interval = pairedRatioInterval(head, base, options.alpha);
    const error = figures.errors.head[id] ?? figures.errors.base[id];
    return {
      id,
      interval,
      ...verdictOf(interval, options),
      base,
      head,
      ...(error === undefined ? {} : { error }),
    };
  });
  return { ...labels, rounds, options, metric, scenarios, outcome: outcomeOf(scenarios) };
}

/** The `sandproof bench compare` entry point. */
export async function runCompareCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const args = parseCompareArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`sandproof bench compare: ${args}\n${USAGE}`);
    return 2;
  }
  const log = (line: string) => io.stderr(`${line}\n`);
  const trees: PreparedTree[] = [];
  // Interrupted, the temporary worktrees are removed all the same.
  const onSignal = (signal: NodeJS.Signals) => {
    for (const tree of trees.splice(0)) tree.dispose();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const base = prepareTree(THIS_TREE, args.base, { install: args.install, log });
    trees.push(base);
    log(
      `compare: base ${args.base} (${base.commit.slice(0, 10)}) ready in ${Math.round(base.setupMs)} ms, dependencies ${base.dependencies}`,
    );
    let headRoot = THIS_TREE;
    let headLabel = 'working tree';
    if (args.head !== undefined) {
      const head = prepareTree(THIS_TREE, args.head, { install: args.install, log });
      trees.push(head);
      headRoot = head.root;
      headLabel = `${args.head} (${head.commit.slice(0, 10)})`;
    }
    const raw = await runCompareRounds(base.root, headRoot, {
      rounds: args.rounds,
      batch: args.batch,
      warmup: args.warmup,
      timeoutMs: 600_000,
      log,
    });
    const report = buildCompareReport(
      { base: `${args.base} (${base.commit.slice(0, 10)})`, head: headLabel },
      args.rounds,
      figuresOf(raw, args.metric),
      args.options,
      args.metric,
    );
    if (args.out !== undefined) {
      mkdirSync(dirname(resolve(args.out)), { recursive: true });
      // The raw figures of every metric go with the report, so a study can judge each of them later.
      writeFileSync(args.out, `${JSON.stringify({ ...report, raw }, null, 2)}\n`);
    }
    io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatCompareReport(report));
    if (report.outcome === 'fail') return 1;
    if (report.scenarios.every((s) => s.interval.pairs === 0)) {
      io.stderr('sandproof bench compare: no scenario ran on both sides; nothing was compared\n');
      return 2;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof CompareSetupError)) throw error;
    io.stderr(`sandproof bench compare: ${error.message}\n`);
    return 2;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    for (const tree of trees.splice(0)) tree.dispose();
  }
}
