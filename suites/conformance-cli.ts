/**
 * `sandproof conformance`: runs the corpus against an adapter and writes `conformance.json`, `junit.xml`
 * and `conformance.html`. Exit codes: 0 results match the expectations file, 1 unexpected results
 * (or invalid corpus samples), 2 the harness broke (bad arguments, adapter failed to load, runner error).
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type CliIo, PROCESS_IO, UsageError } from '../cli/index.js';
import { writeConformanceReports } from '../reports/index.js';
import type { SandboxAdapter } from './adapters/adapter.js';
import { isAdapterPath, loadAdapter } from './adapters/load-adapter.js';
import { createWorkerPoolAdapter } from './adapters/worker-pool.js';
import { buildResults, type ConformanceResults } from './conformance-results.js';
import { type LoadedCorpus, loadCorpus } from './corpus.js';
import { loadExpectations, loadExpectationsFile } from './expectations.js';
import { renderJunit } from './junit-report.js';
import { openPartialResults } from './partial-results.js';
import { isProfileChild, mergedJunit, parentProgress, runProfilesInChildren } from './profile-processes.js';
import { createProgress } from './progress-bar.js';
import type { RunRecord } from './run-record.js';
import { DEFAULT_CONCURRENCY, runConformance } from './runner.js';
import { PROFILES, type Sample } from './sample.js';
import { calibrateTimeout, TIMEOUT_CAP_MS, TIMEOUT_FLOOR_MS } from './timeout-calibration.js';

/** Usage text of the command. */
export const CONFORMANCE_USAGE = `Usage: sandproof conformance [options]

Runs the sandproof corpus against a sandbox adapter and certifies each profile.

Options:
  --adapter NAME|PATH  built-in adapter (reference, node-vm, quickjs) or a module path (default: reference)
  --profile P          profile to run, repeatable or comma-separated (default: all the adapter supports)
  --out DIR            output directory (default: reports/out)
  --shard i/n          run the i-th of n slices of the corpus (merge with sandproof report --merge)
  --timeout MS         per-execution budget in ms (default: calibrated to the machine, ${TIMEOUT_FLOOR_MS}-${TIMEOUT_CAP_MS})
  --filter RE          run only samples whose id matches the regular expression
  --concurrency N      samples in flight at once (default: ${DEFAULT_CONCURRENCY})
  --no-generated       skip the mutator-generated variants
  --corpus DIR         corpus root (default: the corpus shipped in suites/corpus)
  --expectations FILE  known failures (default: suites/expectations/<adapter>.yaml)
  --isolation MODE     process: the adapter runs in worker processes with a watchdog per execution
                       (a hang or crash is charged to the sample and the worker replaced); in-process:
                       in the harness's own process (default: in-process for reference, process otherwise)
  --workers N          worker processes with --isolation process (default: the concurrency)
  --grace MS           time past an execution's budget before its worker is killed (default: 5000)
  --resume             keep the records of DIR/conformance.partial.jsonl and run only the rest
  --help               show this help

Writes DIR/conformance.json (schema version 1), DIR/junit.xml and DIR/conformance.html; while it runs,
DIR/conformance.partial.jsonl holds one line per finished run (removed when the run completes).
Without a terminal, one progress line per finished run goes to stderr.
Exit codes: 0 results match the expectations file, 1 unexpected results, 2 the harness broke.`;

/** Default time past an execution's budget before the watchdog kills a worker. */
export const DEFAULT_GRACE_MS = 5000;

/** Parsed command-line options. */
export interface ConformanceArgs {
  adapter: string;
  profiles: string[] | null;
  out: string;
  shard: { index: number; count: number };
  /** Null: calibrated to the machine when the run starts (`timeout-calibration.ts`). */
  timeoutMs: number | null;
  filter: RegExp | null;
  concurrency: number;
  generated: boolean;
  corpus: string | null;
  expectations: string | null;
  isolation: 'process' | 'in-process' | null;
  workers: number | null;
  graceMs: number;
  resume: boolean;
  help: boolean;
}

export { UsageError };

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} needs a positive integer`);
  return n;
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError('--shard takes i/n with 1 <= i <= n');
  return { index, count };
}

function applyFlag(args: ConformanceArgs, flag: string, value: string): void {
  switch (flag) {
    case '--adapter':
      args.adapter = value;
      return;
    case '--profile':
      args.profiles = [...(args.profiles ?? []), ...value.split(',').filter(Boolean)];
      return;
    case '--out':
      args.out = value;
      return;
    case '--shard':
      args.shard = parseShard(value);
      return;
    case '--timeout':
      args.timeoutMs = positiveInt(value, flag);
      return;
    case '--concurrency':
      args.concurrency = positiveInt(value, flag);
      return;
    case '--corpus':
      args.corpus = value;
      return;
    case '--expectations':
      args.expectations = value;
      return;
    case '--isolation':
      if (value !== 'process' && value !== 'in-process')
        throw new UsageError('--isolation takes process or in-process');
      args.isolation = value;
      return;
    case '--workers':
      args.workers = positiveInt(value, flag);
      return;
    case '--grace':
      args.graceMs = positiveInt(value, flag);
      return;
    case '--filter':
      try {
        args.filter = new RegExp(value);
      } catch {
        throw new UsageError('--filter is not a valid regular expression');
      }
      return;
    default:
      throw new UsageError(`unknown option ${flag}`);
  }
}

/** Parses argv (without the command name). Throws {@link UsageError}. */
export function parseConformanceArgs(argv: readonly string[]): ConformanceArgs {
  const args: ConformanceArgs = {
    adapter: 'reference',
    profiles: null,
    out: 'reports/out',
    shard: { index: 1, count: 1 },
    timeoutMs: null,
    filter: null,
    concurrency: DEFAULT_CONCURRENCY,
    generated: true,
    corpus: null,
    expectations: null,
    isolation: null,
    workers: null,
    graceMs: DEFAULT_GRACE_MS,
    resume: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--no-generated') args.generated = false;
    else if (arg === '--resume') args.resume = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const flag = eq === -1 ? arg : arg.slice(0, eq);
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      applyFlag(args, flag, value);
    } else throw new UsageError(`unexpected argument ${arg}`);
  }
  const unknown = (args.profiles ?? []).filter((p) => !(PROFILES as readonly string[]).includes(p));
  if (unknown.length > 0) throw new UsageError(`unknown profile ${unknown.join(', ')}`);
  return args;
}

/** The samples of this shard: all (hand-written and generated), sorted by id, filtered, sliced. */
export function selectSamples(corpus: LoadedCorpus, args: ConformanceArgs): Sample[] {
  const all = [...corpus.samples, ...(args.generated ? corpus.generated : [])].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const filtered = args.filter ? all.filter((s) => args.filter!.test(s.id)) : all;
  return filtered.filter((_, i) => i % args.shard.count === args.shard.index - 1);
}

/** The code of each sample, by id: the body after the frontmatter (a generated variant's own, mutated body). */
function snippetFinder(samples: readonly Sample[]): (record: RunRecord) => string | undefined {
  const byId = new Map(samples.map((s) => [s.id, s.code]));
  return (record) => byId.get(record.sampleId);
}

function reproducer(args: ConformanceArgs): (record: RunRecord) => string {
  return (record) => {
    const id = record.sampleId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `npx sandproof conformance --adapter ${args.adapter} --profile ${record.profile} --filter '^${id}$'`;
  };
}

async function writeOutputs(
  dir: string,
  results: ConformanceResults,
  records: readonly RunRecord[],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const profiles = results.profiles.map((p) => p.profile);
  await writeFile(join(dir, 'conformance.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(dir, 'junit.xml'), renderJunit(results.adapter.name, profiles, records));
  // The HTML report, the Markdown summary and the badge come from reports/ (which reads only the results);
  // the JUnit file stays the runner's own, since it holds one test case per run rather than counts.
  await writeConformanceReports(results, dir, { junit: false });
}

function printSummary(results: ConformanceResults, dir: string): void {
  const lines = [`sandproof conformance: adapter ${results.adapter.name}, ${results.durationMs} ms`];
  for (const p of results.profiles) {
    const verdict = p.certified ? 'certified' : 'NOT certified';
    lines.push(
      `  ${p.profile.padEnd(16)} ${verdict.padEnd(14)} score ${p.score.toFixed(1)} grade ${p.grade}  ` +
        `samples ${p.samples} failed ${p.failed} escapes ${p.escapes} false+ ${p.falsePositives} ` +
        `known ${p.knownFailures} unexpected ${p.unexpectedFailures} unexpected-pass ${p.unexpectedPasses}`,
    );
  }
  const declared = results.adapter.capabilities.nonGoals;
  const nonGoals = Array.isArray(declared) ? declared.map(String) : [];
  for (const p of results.profiles) lines.push(...categoryLines(p, nonGoals));
  if (!results.complete) lines.push('  (partial run: shard or filter; not a certification)');
  lines.push(`  results in ${dir}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * Per-category lines of a profile that failed somewhere: samples passed, and of the failed ones how many
 * lack a capability the adapter declares it does not have, and how many claim it and fail.
 */
function categoryLines(p: ConformanceResults['profiles'][number], nonGoals: readonly string[]): string[] {
  if (p.failed === 0) return [];
  const lines = [
    `  ${p.profile} by category (passed/samples; failures: lacks declared capability | claims and fails)`,
  ];
  for (const [name, c] of Object.entries(p.categories).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (c.failed === 0) continue;
    const gaps = c.declaredGaps ?? 0;
    lines.push(
      `    ${name.padEnd(28)} ${c.passed}/${c.samples}  ${gaps} | ${c.failed - gaps}${c.escapes ? `  escapes ${c.escapes}` : ''}`,
    );
  }
  if (nonGoals.length > 0) lines.push(`    declared non-goals: ${nonGoals.join(', ')}`);
  return lines;
}

/** The command line without `--profile` and `--out`, for the per-profile children. */
function childArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--profile' || arg === '--out') i++;
    else if (!arg.startsWith('--profile=') && !arg.startsWith('--out=')) out.push(arg);
  }
  return out;
}

/**
 * The budget is calibrated once, here, and handed to every profile's child: the profiles of one run are
 * judged against one budget, as when they ran in one process.
 */
async function runInChildren(
  args: ConformanceArgs,
  argv: readonly string[],
  profiles: string[],
  adapterName: string,
): Promise<number> {
  const dir = resolve(args.out);
  const budget: string[] = [];
  if (args.timeoutMs === null) {
    const calibration = calibrateTimeout();
    process.stderr.write(`${calibration.note}\n`);
    budget.push('--timeout', String(calibration.timeoutMs));
  }
  const progress = createProgress(`conformance ${adapterName}`);
  const command = ['conformance', ...childArgv(argv), ...budget];
  const merged = await runProfilesInChildren(command, profiles, dir, progress);
  if (merged === 2) return 2;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'conformance.json'), `${JSON.stringify(merged, null, 2)}\n`);
  // Each child wrote one test case per run; the merged file keeps them (the results hold only counts).
  await writeFile(
    join(dir, 'junit.xml'),
    await mergedJunit(
      dir,
      merged.profiles.map((p) => p.profile),
    ),
  );
  await writeConformanceReports(merged, dir, { junit: false });
  printSummary(merged, dir);
  return merged.status;
}

async function execute(args: ConformanceArgs, argv: readonly string[]): Promise<number> {
  const corpus = await loadCorpus(args.corpus ? { root: resolve(args.corpus) } : {});
  for (const issue of corpus.issues.filter((i) => i.severity === 'error')) {
    process.stderr.write(`corpus: ${issue.path}: ${issue.code} ${issue.message}\n`);
  }
  const isolation = isolationFor(args);
  let adapter: SandboxAdapter;
  try {
    adapter =
      isolation === 'process'
        ? await createWorkerPoolAdapter({
            spec: isAdapterPath(args.adapter) ? resolve(args.adapter) : args.adapter,
            workers: args.workers ?? args.concurrency,
            graceMs: args.graceMs,
          })
        : await loadAdapter(args.adapter);
  } catch (error) {
    process.stderr.write(`sandproof conformance: ${(error as Error).message}\n`);
    return 2;
  }
  const profiles = args.profiles ?? adapter.capabilities.profiles;
  // In process, each profile runs in a child of its own (profile-processes.ts): at once, and apart.
  if (isolation === 'in-process' && !isProfileChild() && profiles.length > 1) {
    await adapter.dispose();
    return runInChildren(args, argv, profiles, adapter.name);
  }
  // Another instance of an adapter in this process, for the samples the resource oracle watches
  // (measured-lanes.ts); worker processes name no sandbox processes, so they get none.
  const openAdapter = isolation === 'in-process' ? () => loadAdapter(args.adapter) : undefined;
  try {
    return await runWith(adapter, corpus, args, openAdapter);
  } finally {
    await adapter.dispose();
  }
}

/**
 * Where the adapter runs. The reference runtime keeps its guests in their own isolates (and its own
 * processes where the profile asks), so it stays in the harness's process unless told otherwise; any other
 * adapter gets worker processes, since nothing says it survives what the corpus does.
 */
export function isolationFor(args: ConformanceArgs): 'process' | 'in-process' {
  if (args.isolation !== null) return args.isolation;
  if (isProfileChild()) return 'in-process';
  return args.adapter === 'reference' ? 'in-process' : 'process';
}

async function runWith(
  adapter: SandboxAdapter,
  corpus: LoadedCorpus,
  args: ConformanceArgs,
  openAdapter?: () => Promise<SandboxAdapter>,
): Promise<number> {
  const expectations = args.expectations
    ? await loadExpectationsFile(resolve(args.expectations), adapter.name)
    : await loadExpectations(adapter.name);
  const samples = selectSamples(corpus, args);
  const calibration = args.timeoutMs === null ? calibrateTimeout() : null;
  const timeoutMs = args.timeoutMs ?? calibration!.timeoutMs;
  if (calibration) process.stderr.write(`${calibration.note}\n`);
  const progress = parentProgress() ?? createProgress(`conformance ${adapter.name}`);
  const supported = (args.profiles ?? adapter.capabilities.profiles).filter((p) =>
    adapter.capabilities.profiles.includes(p),
  );
  // The count of runs before the first one ends: a parent adds its children's totals up front.
  if (isProfileChild())
    progress.update(0, samples.length * supported.length * (adapter.capabilities.scanner ? 2 : 1));
  const dir = resolve(args.out);
  const partial = await openPartialResults(dir, adapter.name, args.resume);
  if (partial.resumed.length > 0)
    process.stderr.write(`resuming: ${partial.resumed.length} run(s) kept from ${partial.path}\n`);
  const startedAt = new Date();
  const started = performance.now();
  const run = await runConformance({
    adapter,
    samples,
    expectations,
    timeoutMs,
    concurrency: args.concurrency,
    onProgress: (done, total, record) => progress.update(done, total, record),
    onRecord: (record) => partial.append(record),
    resume: partial.resumed,
    ...(args.profiles ? { profiles: args.profiles } : {}),
    ...(openAdapter ? { openAdapter } : {}),
  });
  progress.finish();
  await partial.close();
  const results = buildResults({
    adapter: { name: adapter.name, capabilities: { ...adapter.capabilities } },
    startedAt,
    durationMs: Math.round(performance.now() - started),
    corpus: {
      version: corpus.version,
      malicious: corpus.samples.filter((s) => s.kind === 'malicious').length,
      benign: corpus.samples.filter((s) => s.kind === 'benign').length,
      generated: corpus.generated.length,
      invalid: corpus.invalid,
    },
    shard: args.shard,
    filter: args.filter?.source ?? null,
    timeoutMs,
    records: run.records,
    profiles: run.profiles,
    unsupportedProfiles: run.unsupportedProfiles,
    warnings: run.warnings,
    reproduce: reproducer(args),
    snippet: snippetFinder(samples),
  });
  await writeOutputs(dir, results, run.records);
  await partial.remove();
  for (const warning of run.warnings) process.stderr.write(`warning: ${warning}\n`);
  // A profile's child leaves the summary to its parent, which prints every profile's at once.
  if (!isProfileChild()) printSummary(results, dir);
  return results.status;
}

/**
 * Runs the conformance command; resolves to the process exit code. Never throws. Its usage, usage errors and
 * harness errors go to `io`; the run's progress and summary still go to the process's streams.
 */
export async function runConformanceCli(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  let args: ConformanceArgs;
  try {
    args = parseConformanceArgs(argv);
  } catch (error) {
    io.stderr(`sandproof conformance: ${(error as Error).message}\n\n${CONFORMANCE_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${CONFORMANCE_USAGE}\n`);
    return 0;
  }
  try {
    return await execute(args, argv);
  } catch (error) {
    io.stderr(`sandproof conformance: harness error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}
