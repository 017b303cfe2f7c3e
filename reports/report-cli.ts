/**
 * `sandproof report`: rebuilds the HTML, JUnit, Markdown and badge reports from a saved results file, or
 * merges conformance shards first (`--merge`). Exit codes: 0 reports written, 2 usage error or an input
 * that cannot be read or merged. The verdict itself never sets the exit code: the runner and the gate do.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  type CliIo,
  type CommandLine,
  defineCommand,
  isUsageError,
  parseCommandLine,
  UsageError,
} from '../cli/index.js';
import type { ConformanceResults, GateReport } from '../results/index.js';
import { ReportInputError, readResultsFile } from './results-file.js';
import { writeBenchReports, writeConformanceReports } from './write-reports.js';

/** Usage text of the command. */
export const REPORT_USAGE = `Usage: sandproof report INPUT.json [options]
       sandproof report --merge SHARD.json SHARD.json... [--out DIR]

Rebuilds the reports of a saved results file (conformance.json or bench.json): a self-contained HTML
page, JUnit XML, a Markdown summary and a badge (SVG and shields endpoint JSON).

Options:
  --out DIR        output directory (default: the input's directory; with --merge: reports/out)
  --merge          merge conformance shards (--shard i/n runs) into DIR/conformance.json, then report
  --corpus DIR     conformance: corpus folder for the failure snippets (default: suites/corpus)
  --baseline FILE  bench: a baseline bench.json, for deltas when the results carry no gate verdict
  --history DIR    bench: folder of earlier bench.json files for the trend (default: DIR/history)
  --gate FILE      bench: the gate's verdict, as written by \`sandproof bench gate --json\`
  --help           show this help

Exit codes: 0 reports written, 2 usage error or unreadable input.`;

/** Parsed arguments. */
export interface ReportArgs {
  inputs: string[];
  out: string | null;
  merge: boolean;
  corpus: string | null;
  baseline: string | null;
  history: string | null;
  gate: string | null;
}

const OPTIONS = {
  out: { type: 'string' },
  merge: { type: 'boolean' },
  corpus: { type: 'string' },
  baseline: { type: 'string' },
  history: { type: 'string' },
  gate: { type: 'string' },
} as const;

const SPEC = { options: OPTIONS, minPositionals: 1, positionalsName: 'input file' };

function toReportArgs({ values, positionals }: CommandLine<typeof OPTIONS>): ReportArgs {
  for (const option of ['out', 'corpus', 'baseline', 'history', 'gate'] as const) {
    if (values[option] === '') throw new UsageError(`--${option} needs a value`);
  }
  if (!values.merge && positionals.length > 1)
    throw new UsageError('one input file, or --merge with several');
  return {
    inputs: positionals,
    out: values.out ?? null,
    merge: values.merge === true,
    corpus: values.corpus ?? null,
    baseline: values.baseline ?? null,
    history: values.history ?? null,
    gate: values.gate ?? null,
  };
}

/** Parses argv (without the command name); throws a {@link UsageError}. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  return toReportArgs(parseCommandLine(argv, SPEC));
}

/**
 * Merges conformance shards (`--shard i/n` runs) into one results document. The suite owns the arithmetic
 * (suites' `mergeConformanceResults`); the `sandproof` dispatcher passes it in, so that this area reads
 * results and never imports the suite.
 */
export type ShardMerger = (files: string[]) => Promise<ConformanceResults>;

/** What the report command needs from outside the reports area. */
export interface ReportCliOptions {
  /** Required for `--merge`; without it `--merge` exits 2. */
  mergeShards?: ShardMerger;
}

async function runMerge(args: ReportArgs, mergeShards: ShardMerger | undefined): Promise<string[]> {
  if (mergeShards === undefined)
    throw new Error('--merge needs the suite: run it through `sandproof report`');
  const merged = await mergeShards(args.inputs.map((f) => resolve(f)));
  const dir = resolve(args.out ?? 'reports/out');
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'conformance.json');
  await writeFile(json, `${JSON.stringify(merged, null, 2)}\n`);
  const written = await writeConformanceReports(
    merged,
    dir,
    args.corpus ? { corpusDir: resolve(args.corpus) } : {},
  );
  return [json, ...written];
}

/** Reads the gate's JSON report; only its shape is checked, the gate owns its meaning. */
async function readGateReport(path: string): Promise<GateReport> {
  let data: Partial<GateReport>;
  try {
    data = JSON.parse(await readFile(path, 'utf8')) as Partial<GateReport>;
  } catch {
    throw new ReportInputError(`cannot read the gate report ${path}`);
  }
  const outcomes = ['pass', 'warn', 'fail'];
  if (
    !outcomes.includes(String(data.outcome)) ||
    !Array.isArray(data.comparisons) ||
    !Array.isArray(data.staticFailures)
  ) {
    throw new ReportInputError(`${path} is not a gate report (sandproof bench gate --json)`);
  }
  return data as GateReport;
}

async function runOne(args: ReportArgs): Promise<string[]> {
  const input = resolve(args.inputs[0]!);
  const file = await readResultsFile(input);
  const dir = resolve(args.out ?? dirname(input));
  if (file.kind === 'conformance') {
    return writeConformanceReports(file.results, dir, args.corpus ? { corpusDir: resolve(args.corpus) } : {});
  }
  let baseline: Awaited<ReturnType<typeof readResultsFile>> | undefined;
  if (args.baseline) {
    baseline = await readResultsFile(resolve(args.baseline));
    if (baseline.kind !== 'bench') throw new UsageError('--baseline must be a bench results file');
  }
  return writeBenchReports(file.results, dir, {
    ...(args.history ? { historyDir: resolve(args.history) } : {}),
    ...(baseline?.kind === 'bench' ? { baseline: baseline.results } : {}),
    ...(args.gate ? { gate: await readGateReport(resolve(args.gate)) } : {}),
    ...(args.baseline ? { gateBaseline: args.baseline } : {}),
  });
}

/** Runs the report command; resolves to the exit code. Never throws. */
export function runReportCli(argv: string[], io: CliIo, options: ReportCliOptions = {}): Promise<number> {
  return defineCommand({
    name: 'sandproof report',
    usage: REPORT_USAGE,
    ...SPEC,
    run: async (line, out) => {
      const args = toReportArgs(line);
      try {
        const written = await (args.merge ? runMerge(args, options.mergeShards) : runOne(args));
        out.stdout(`sandproof report: wrote\n${written.map((p) => `  ${p}\n`).join('')}`);
        return 0;
      } catch (error) {
        if (isUsageError(error)) throw error;
        const code = (error as { code?: unknown }).code;
        out.stderr(
          `sandproof report: ${typeof code === 'string' ? `${code}: ` : ''}${(error as Error).message}\n`,
        );
        return 2;
      }
    },
  })(argv, io);
}
