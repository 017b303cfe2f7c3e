/**
 * `sandproof bench [--quick] [--out DIR] [--leaks]` runs the benchmark and writes `DIR/bench.json` and
 * `DIR/bench.html`; `sandproof bench gate ...` compares runs against a baseline (bench-gate.ts).
 * Exit codes: 0 success (the gate passed or warned), 1 a failed check, 2 a usage error or a broken run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CliIo } from '../../cli/index.js';
import { writeBenchReports } from '../../reports/index.js';
import { BENCH_SCHEMA_VERSION, type BenchResults, parseBenchResults } from '../../results/index.js';
import { mergeRuns } from '../lib/merge-runs.js';
import { BenchAdapterError } from '../scenarios/adapter-scenarios.js';
import { runCompareCli } from './compare-cli.js';
import { runGateCli } from './gate-cli.js';

const USAGE = `Usage: sandproof bench [--quick] [--out DIR] [--leaks] [--adapter NAME|PATH]...
       sandproof bench gate [--baseline FILE] [--current FILE]... [--threshold X] [--alpha A] [--max-runs N] [--out DIR]
       sandproof bench compare --base REF [--head REF] [--rounds N] [--threshold T] [--alpha A] [--json]
       sandproof bench leaks [--executions N] [--out DIR]
       sandproof bench baseline --out FILE RUN.json...

  --quick   a shorter run (under three minutes): fewer rounds, no 100,000-execution checkpoint, no leak job
  --out     where bench.json and bench.html go (default bench/out)
  --leaks   run the memlab leak job even with --quick (it always runs in a full run)
  --adapter also measure this sandbox (a built-in adapter name or a module path, as conformance takes it):
            scenario adapter.<name>, the same snippet in the same rounds as the reference and the peers,
            with its p50 over the same run's floor; repeatable. An adapter that fails to load or to return
            the snippet's value exits 2.

\`bench compare\` runs a git ref and this tree side by side, round after round, and gives each scenario a
ratio with a confidence interval and a verdict (see \`bench compare --help\`).
\`bench baseline\` merges runs of the same code into one baseline (samples pooled, medians recomputed).
\`bench leaks\` runs the leak job alone (default N 2000): heap snapshots at baseline, N and 2N executions,
host and isolate (through the isolate's inspector), analysed with memlab; exit 1 when a leak is found.

Every figure the gate reads is a ratio to a baseline measured in the same run, or memory per execution.
Schema version ${BENCH_SCHEMA_VERSION}. Run under node --no-node-snapshot.
`;

interface RunArgs {
  quick: boolean;
  leaks: boolean | undefined;
  out: string;
  adapters?: string[];
}

function parseRunArgs(argv: string[]): RunArgs | string {
  const args: RunArgs = { quick: false, leaks: undefined, out: 'bench/out', adapters: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') args.quick = true;
    else if (arg === '--leaks') args.leaks = true;
    else if (arg === '--out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return '--out needs a directory';
      args.out = value;
    } else if (arg === '--adapter') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return '--adapter needs a name or a module path';
      args.adapters?.push(value);
    } else return `unknown option ${arg}`;
  }
  return args;
}

/**
 * Writes `bench.json` into `dir`, then the reports built from it (reports/ reads only the results):
 * `bench.html`, a JUnit file, a Markdown summary and a badge. Resolves to the JSON path.
 */
export async function writeBenchOutputs(results: BenchResults, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bench.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  await writeBenchReports(results, dir);
  return file;
}

/** Runs one benchmark and writes it; resolves to the results. */
export async function benchOnce(args: RunArgs, io: CliIo): Promise<BenchResults> {
  const out = resolve(args.out);
  // Loaded on use: the run takes the host's gc function when it loads (host-gc.ts), which should happen
  // in a process about to benchmark, not in every importer of this area.
  const { runBench } = await import('../lib/bench-run.js');
  const results = await runBench({
    quick: args.quick,
    ...(args.leaks === undefined ? {} : { leaks: args.leaks }),
    workDir: out,
    log: (line) => io.stderr(`${line}\n`),
    ...(args.adapters && args.adapters.length > 0 ? { adapters: args.adapters } : {}),
  });
  const file = await writeBenchOutputs(results, out);
  io.stdout(`wrote ${file} and bench.html (${Math.round(results.durationMs / 1000)} s)\n`);
  for (const t of results.targets)
    io.stdout(
      `  ${t.ok ? 'ok  ' : 'MISS'} ${t.kind.padEnd(6)} ${t.id}: ${t.value} (${t.comparison === 'max' ? '<' : '>='} ${t.limit})\n`,
    );
  for (const e of results.errors) io.stderr(`  error in ${e.id}: ${e.message}\n`);
  return results;
}

function runBaselineCli(argv: string[], io: CliIo): number {
  const at = argv.indexOf('--out');
  const out = at === -1 ? undefined : argv[at + 1];
  const inputs = argv.filter((_, i) => i !== at && i !== at + 1);
  if (out === undefined || inputs.length === 0 || inputs.some((f) => f.startsWith('--'))) {
    io.stderr(`sandproof bench baseline: needs --out FILE and at least one run\n${USAGE}`);
    return 2;
  }
  const merged = mergeRuns(inputs.map((f) => parseBenchResults(readFileSync(f, 'utf8'))));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, `${JSON.stringify(merged, null, 2)}\n`);
  io.stdout(`wrote ${out} from ${inputs.length} run(s)\n`);
  return 0;
}

async function runLeaksCli(argv: string[], io: CliIo): Promise<number> {
  let executions = 2_000;
  let out = 'bench/out';
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--executions' && Number.isInteger(Number(value)) && Number(value) > 0)
      executions = Number(argv[++i]);
    else if (argv[i] === '--out' && value !== undefined) out = argv[++i] as string;
    else {
      io.stderr(`sandproof bench leaks: unknown or incomplete option ${argv[i]}\n${USAGE}`);
      return argv[i] === '--help' ? 0 : 2;
    }
  }
  const { runLeakJob } = await import('../scenarios/leak-job.js');
  const found = await runLeakJob({
    executions,
    workDir: resolve(out),
    log: (line) => io.stderr(`${line}\n`),
  });
  for (const s of found)
    io.stdout(
      `${s.id}: ${s.extra?.ok ? 'no leak' : 'LEAK'} (leaked: ${s.extra?.leaked}; top retained: ${s.extra?.topRetained})\n`,
    );
  return found.every((s) => s.extra?.ok === true) ? 0 : 1;
}

/** The `sandproof bench` entry point. */
export async function runBenchCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'leaks') return runLeaksCli(argv.slice(1), io);
  if (argv[0] === 'baseline') return runBaselineCli(argv.slice(1), io);
  if (argv[0] === 'compare') return runCompareCli(argv.slice(1), io);
  if (argv[0] === 'gate')
    return runGateCli(argv.slice(1), io, (quick, out) => benchOnce({ quick, leaks: false, out }, io));
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const args = parseRunArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`sandproof bench: ${args}\n${USAGE}`);
    return 2;
  }
  let results: BenchResults;
  try {
    results = await benchOnce(args, io);
  } catch (error) {
    if (!(error instanceof BenchAdapterError)) throw error;
    io.stderr(`sandproof bench: ${error.message}\n`);
    return 2;
  }
  // A scenario that broke is a broken harness; missed targets are the gate's business.
  return results.errors.length > 0 ? 1 : 0;
}
