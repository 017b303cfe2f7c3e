/**
 * `sandproof bench gate`: compares current runs with a committed baseline. With `--current FILE` (one or
 * more) it reads those runs; without, it runs the quick benchmark itself, and while figures stay unknown
 * it runs again (up to `--max-runs`), pooling the samples, before it warns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliIo, type CommandLine, defineCommand, integerOption, UsageError } from '../../cli/index.js';
import { type BenchResults, parseBenchResults } from '../../results/index.js';
import {
  DEFAULT_GATE_OPTIONS,
  formatGateReport,
  type GateOptions,
  type GateReport,
  runGate,
} from '../lib/bench-gate.js';

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

const OPTIONS = {
  baseline: { type: 'string' },
  current: { type: 'string', multiple: true },
  out: { type: 'string' },
  threshold: { type: 'string' },
  alpha: { type: 'string' },
  'max-runs': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `text` as a finite number above `above` and below `below`, or a usage error naming `option`. */
function numberIn(text: string, option: string, above: number, below: number): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= above || n >= below)
    throw new UsageError(
      `--${option} must be a number above ${above}${below === Infinity ? '' : ` and below ${below}`} (got '${text}')`,
    );
  return n;
}

function toGateArgs({ values }: CommandLine<typeof OPTIONS>): GateArgs {
  const options: GateOptions = { ...DEFAULT_GATE_OPTIONS };
  if (values.threshold !== undefined)
    options.threshold = numberIn(values.threshold, 'threshold', 1, Infinity);
  if (values.alpha !== undefined) options.alpha = numberIn(values.alpha, 'alpha', 0, 1);
  const maxRuns = values['max-runs'];
  return {
    baseline: values.baseline ?? DEFAULT_BASELINE,
    currents: values.current ?? [],
    options,
    maxRuns: maxRuns === undefined ? 3 : integerOption(maxRuns, 'max-runs', 1),
    maxRunsGiven: maxRuns !== undefined,
    out: values.out ?? 'bench/out',
    json: values.json === true,
  };
}

function load(file: string): BenchResults {
  return parseBenchResults(readFileSync(file, 'utf8'));
}

function emit(report: GateReport, args: GateArgs, io: CliIo): number {
  io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatGateReport(report));
  return report.outcome === 'fail' ? 1 : 0;
}

/** The gate; `bench(quick, out)` runs and writes one benchmark when no `--current` is given. */
export function runGateCli(
  argv: string[],
  io: CliIo,
  bench: (quick: boolean, out: string) => Promise<BenchResults>,
): Promise<number> {
  return defineCommand({
    name: 'sandproof bench gate',
    usage: USAGE,
    options: OPTIONS,
    maxPositionals: 0,
    run: (line, out) => gate(toGateArgs(line), out, bench),
  })(argv, io);
}

async function gate(
  args: GateArgs,
  io: CliIo,
  bench: (quick: boolean, out: string) => Promise<BenchResults>,
): Promise<number> {
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
