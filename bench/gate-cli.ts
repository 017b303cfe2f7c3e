/**
 * `sandproof bench gate`: compares current runs with a committed baseline. With `--current FILE` (one or
 * more) it reads those runs; without, it runs the quick benchmark itself, and while figures stay unknown
 * it runs again (up to `--max-runs`), pooling the samples, before it warns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../cli/index.js';
import { type BenchResults, parseBenchResults } from '../results/index.js';
import {
  DEFAULT_GATE_OPTIONS,
  formatGateReport,
  type GateOptions,
  type GateReport,
  runGate,
} from './bench-gate.js';

/** The baseline used when `--baseline` is not given. */
export const DEFAULT_BASELINE = 'bench/baselines/baseline.json';

const USAGE = `Usage: sandproof bench gate [--baseline FILE] [--current FILE]... [--threshold X] [--alpha A] [--max-runs N] [--out DIR] [--json]

  --baseline   committed baseline (default ${DEFAULT_BASELINE})
  --current    a bench.json to judge; repeat to pool several runs. Without it, the quick benchmark runs here.
  --threshold  worsening factor a figure may show before it can be a regression (default ${DEFAULT_GATE_OPTIONS.threshold})
  --alpha      significance level of the Mann-Whitney U test (default ${DEFAULT_GATE_OPTIONS.alpha})
  --max-runs   runs to collect while figures stay unknown (default 3 when the gate runs the benchmark;
               with --current, more quick runs are collected only when --max-runs is given)
  --out        where the gate's own runs write (default bench/out)
  --json       print the report as JSON

Verdicts per figure: same, different (a regression: exit 1), unknown (collect more runs, then warn: exit 0).
A static target missed (50 ms or 2 MB per execution, any profile) fails outright.
`;

interface GateArgs {
  baseline: string;
  currents: string[];
  options: GateOptions;
  maxRuns: number;
  maxRunsGiven: boolean;
  out: string;
  json: boolean;
}

function positive(text: string | undefined): number | null {
  const n = Number(text);
  return text !== undefined && Number.isFinite(n) && n > 0 ? n : null;
}

function parseGateArgs(argv: string[]): GateArgs | string {
  const args: GateArgs = {
    baseline: DEFAULT_BASELINE,
    currents: [],
    options: { ...DEFAULT_GATE_OPTIONS },
    maxRuns: 3,
    maxRunsGiven: false,
    out: 'bench/out',
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--json') args.json = true;
    else if (arg === '--baseline' && value !== undefined) args.baseline = argv[++i] as string;
    else if (arg === '--current' && value !== undefined) args.currents.push(argv[++i] as string);
    else if (arg === '--out' && value !== undefined) args.out = argv[++i] as string;
    else if (arg === '--threshold' && (positive(value) ?? 0) > 1) args.options.threshold = Number(argv[++i]);
    else if (arg === '--alpha' && (positive(value) ?? 1) < 1) args.options.alpha = Number(argv[++i]);
    else if (arg === '--max-runs' && Number.isInteger(positive(value))) {
      args.maxRuns = Number(argv[++i]);
      args.maxRunsGiven = true;
    } else return `unknown or incomplete option ${arg}`;
  }
  return args;
}

function load(file: string): BenchResults {
  return parseBenchResults(readFileSync(file, 'utf8'));
}

function emit(report: GateReport, args: GateArgs, io: CliIo): number {
  io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatGateReport(report));
  return report.outcome === 'fail' ? 1 : 0;
}

/** The gate; `bench(quick, out)` runs and writes one benchmark when no `--current` is given. */
export async function runGateCli(
  argv: string[],
  io: CliIo,
  bench: (quick: boolean, out: string) => Promise<BenchResults>,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const args = parseGateArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`sandproof bench gate: ${args}\n${USAGE}`);
    return 2;
  }
  const baseline = load(args.baseline);
  const runs = args.currents.map(load);
  const limit = runs.length === 0 || args.maxRunsGiven ? Math.max(args.maxRuns, runs.length) : runs.length;
  let report = runs.length > 0 ? runGate(baseline, runs, args.options) : undefined;
  while ((report === undefined || report.outcome === 'warn') && runs.length < limit) {
    if (report !== undefined) {
      const unknown = report.comparisons.filter((c) => c.verdict === 'unknown').length;
      io.stderr(`gate: ${unknown} figure(s) unknown after ${runs.length} run(s); collecting another\n`);
    }
    runs.push(await bench(true, join(args.out, `gate-run-${runs.length + 1}`)));
    report = runGate(baseline, runs, args.options);
  }
  return emit(report as GateReport, args, io);
}
