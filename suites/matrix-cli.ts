/**
 * `sandproof matrix --adapter A --adapter B ... --out DIR`: runs `sandproof conformance` for each adapter
 * (each in its own child process, on one profile), then `sandproof bench --quick --adapter A` for its
 * per-execution p50 (again a child of its own: an adapter such as SES changes the process that loads it),
 * then writes `DIR/matrix.html`, one page comparing the sandboxes (see `matrix-html.ts`). `--results FILE`
 * adds a conformance.json already produced; `--bench FILE` a bench.json already produced, whose
 * `adapter.<name>` scenarios are used instead of running the benchmark again. Exit codes: 0 the page is
 * written, 2 bad arguments or no column could be produced.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  adapterScenarioId,
  type BenchResults,
  parseBenchResults,
  validateBenchResults,
} from '../results/index.js';
import type { ConformanceResults } from './conformance-results.js';
import { type MatrixBench, type MatrixColumn, renderMatrixHtml } from './matrix-html.js';

/** Usage text of the command. */
export const MATRIX_USAGE = `Usage: sandproof matrix --adapter A [--adapter B ...] --out DIR [options]

Runs the conformance suite against each adapter (built-in name or module path), then its benchmark
('sandproof bench --quick --adapter A', about 3 minutes each, in a process of its own), and writes
DIR/matrix.html: categories as rows, sandboxes as columns, with findings per kind (escape, policy, budget,
false refusal, defect, surface), failures by declared non-goal, incidents, the median time per sample
run and the per-execution p50 from the benchmark.

Options:
  --adapter NAME|PATH  an adapter to compare (repeatable)
  --results FILE       a conformance.json already produced, added as a column (repeatable); its p50 is
                       read from a bench/bench.json beside it, if there is one
  --bench FILE         a bench.json already produced (by 'sandproof bench --adapter A ...'; repeatable):
                       a sandbox whose adapter.<name> scenario it holds is not benchmarked again
  --no-bench           run no benchmark; sandboxes not found in a --bench file show no p50
  --out DIR            output directory; each adapter's results go to DIR/<name>/ and its benchmark to
                       DIR/<name>/bench/ (default reports/matrix)
  --profile P          the profile compared (default ultra-secure)
  --filter RE          only samples whose id matches (passed to conformance)
  --no-generated       skip the mutator-generated variants`;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface MatrixArgs {
  adapters: string[];
  results: string[];
  bench: string[];
  runBench: boolean;
  out: string;
  profile: string;
  passThrough: string[];
}

function parse(argv: readonly string[]): MatrixArgs | string {
  const args: MatrixArgs = {
    adapters: [],
    results: [],
    bench: [],
    runBench: true,
    out: 'reports/matrix',
    profile: 'ultra-secure',
    passThrough: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--no-generated') {
      args.passThrough.push(flag);
      continue;
    }
    if (flag === '--no-bench') {
      args.runBench = false;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined) return `${flag} needs a value`;
    i++;
    if (flag === '--adapter') args.adapters.push(value);
    else if (flag === '--results') args.results.push(value);
    else if (flag === '--bench') args.bench.push(value);
    else if (flag === '--out') args.out = value;
    else if (flag === '--profile') args.profile = value;
    else if (flag === '--filter') args.passThrough.push(flag, value);
    else return `unknown option ${flag}`;
  }
  if (args.adapters.length + args.results.length === 0) return 'give at least one --adapter or --results';
  return args;
}

/** A directory name for an adapter spec: its file name without extension, or the built-in name. */
export function adapterSlug(spec: string): string {
  const base = spec.split(/[\\/]/).pop() ?? spec;
  return base.replace(/(\.adapter)?\.(c|m)?[jt]s$/, '').replace(/[^a-zA-Z0-9_-]/g, '-') || 'adapter';
}

/** Progress lines of the children (conformance runs, benchmark rounds): they would bury the summaries. */
const PROGRESS = /^(conformance \S+ \[\d+\/\d+\]|\s+round \d+\/\d+)/;

function runChild(command: 'conformance' | 'bench', argv: string[], io: Io): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', command, ...argv], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => io.stdout(String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n'))
        if (line !== '' && !PROGRESS.test(line)) io.stderr(`${line}\n`);
    });
    child.on('exit', (code) => done(code ?? 2));
    child.on('error', () => done(2));
  });
}

/** Median of the junit testcase times of one profile's suite, in ms. */
export function medianRunMs(junit: string, profile: string): number | null {
  const times: number[] = [];
  for (const match of junit.matchAll(/<testcase [^>]*classname="([^".]+)\.[^"]*" time="([\d.]+)"/g))
    if (match[1] === profile) times.push(Number(match[2]) * 1000);
  if (times.length === 0) return null;
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]!);
}

/**
 * A bench.json's results for the matrix. Only the scenarios are read: a run whose other parts are invalid
 * (a target left without a value when its scenario failed under load) still has valid latencies, which
 * are kept, with `problem` saying what else was wrong. Throws when the scenarios themselves are unusable.
 */
export function benchForMatrix(text: string): { run: BenchResults; problem: string | null } {
  try {
    return { run: parseBenchResults(text), problem: null };
  } catch (error) {
    const data = JSON.parse(text) as Partial<BenchResults>;
    const scenarios = validateBenchResults({ ...data, ratios: [], targets: [] });
    if (scenarios.length > 0) throw error;
    return { run: data as BenchResults, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads a bench.json; a file that is missing or unusable is reported and left out. */
async function readBench(file: string, io: Io): Promise<BenchResults | null> {
  try {
    const { run, problem } = benchForMatrix(await readFile(file, 'utf8'));
    if (problem !== null) io.stderr(`matrix: ${file}: ${problem}; its latencies are used\n`);
    return run;
  } catch (error) {
    io.stderr(`matrix: ${file}: ${error instanceof Error ? error.message : String(error)}; left out\n`);
    return null;
  }
}

/**
 * A sandbox's per-execution p50 from the first bench run that measured it (its `adapter.<name>` scenario),
 * with the ratio to that run's floor; null when none did.
 */
export function benchFor(name: string, runs: readonly BenchResults[]): MatrixBench | null {
  const id = adapterScenarioId(name);
  for (const run of runs) {
    const scenario = run.scenarios.find((s) => s.id === id);
    if (scenario?.latencyMs === undefined) continue;
    const ratio = scenario.extra?.vsFloorP50;
    return {
      p50Ms: scenario.latencyMs.p50,
      vsFloorP50: typeof ratio === 'number' ? ratio : null,
      mode: run.mode,
    };
  }
  return null;
}

async function column(
  file: string,
  profile: string,
  runs: readonly BenchResults[],
  io: Io,
): Promise<MatrixColumn> {
  const results = JSON.parse(await readFile(file, 'utf8')) as ConformanceResults;
  const beside = join(dirname(file), 'bench', 'bench.json');
  const own = existsSync(beside) ? await readBench(beside, io) : null;
  const junitPath = join(dirname(file), 'junit.xml');
  const junit = existsSync(junitPath) ? await readFile(junitPath, 'utf8') : '';
  const incidents: Record<string, number> = {};
  const cert = results.profiles.find((p) => p.profile === profile);
  for (const f of cert?.failures ?? [])
    if (f.incident) incidents[f.incident] = (incidents[f.incident] ?? 0) + 1;
  const bench = benchFor(results.adapter.name, own === null ? runs : [...runs, own]);
  return { results, profile, medianRunMs: medianRunMs(junit, profile), incidents, bench };
}

/** The adapter's name as its conformance run recorded it. */
async function adapterName(file: string): Promise<string> {
  return (JSON.parse(await readFile(file, 'utf8')) as ConformanceResults).adapter.name;
}

/** Runs the matrix command; resolves to the exit code. */
export async function runMatrixCli(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${MATRIX_USAGE}\n`);
    return 0;
  }
  const args = parse(argv);
  if (typeof args === 'string') {
    io.stderr(`sandproof matrix: ${args}\n${MATRIX_USAGE}\n`);
    return 2;
  }
  const out = resolve(args.out);
  await mkdir(out, { recursive: true });
  const files = [...args.results.map((f) => resolve(f))];
  const given: BenchResults[] = [];
  for (const f of args.bench) {
    const run = await readBench(resolve(f), io);
    if (run !== null) given.push(run);
  }
  for (const spec of args.adapters) {
    const dir = join(out, adapterSlug(spec));
    io.stderr(`matrix: ${spec} -> ${dir}\n`);
    const code = await runChild(
      'conformance',
      ['--adapter', spec, '--profile', args.profile, '--out', dir, ...args.passThrough],
      io,
    );
    const file = join(dir, 'conformance.json');
    if (code === 2 || !existsSync(file)) {
      io.stderr(`matrix: ${spec}: the harness broke (exit ${code}); left out of the matrix\n`);
      continue;
    }
    files.push(file);
    if (!args.runBench || benchFor(await adapterName(file), given) !== null) continue;
    io.stderr(`matrix: bench --quick --adapter ${spec} -> ${join(dir, 'bench')}\n`);
    const benchCode = await runChild(
      'bench',
      ['--quick', '--adapter', spec, '--out', join(dir, 'bench')],
      io,
    );
    // Exit 1 is a missed target of the reference's own: bench.json is written, and its p50 is read.
    if (benchCode === 2) io.stderr(`matrix: ${spec}: the benchmark broke (exit 2); no p50\n`);
  }
  if (files.length === 0) {
    io.stderr('sandproof matrix: no results to compare\n');
    return 2;
  }
  const columns = await Promise.all(files.map((f) => column(f, args.profile, given, io)));
  const page = join(out, 'matrix.html');
  await writeFile(page, renderMatrixHtml(columns));
  io.stdout(`wrote ${page} (${columns.length} sandboxes, profile ${args.profile})\n`);
  return 0;
}
