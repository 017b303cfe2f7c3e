/**
 * Runs the test suite, each file in its own process, so that one file's children, crashes or early exit
 * cannot end or hide another's run.
 *
 *   node --import tsx scripts/run-tests.ts [--tier unit|integration|reliability] [--jobs N]
 *                                          [--timeout SECONDS] [--list] [--verbose] [PATTERN]
 *
 * Tiers run one after another (unit, integration, reliability), files within a tier up to `--jobs` at a
 * time (default 2; `SANDPROOF_TEST_JOBS`). Each file's result and wall time is printed as it ends, its
 * output only when it fails (or with `--verbose`); then each tier's wall time. A file fails when it
 * exits non-zero, dies of a signal, runs past `--timeout` (default 900 s; its whole process group is
 * killed), or prints uvu's "Exiting early" line. Exits 1 when any file failed, 2 on a usage error.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findTestFiles, TIERS, type Tier, tierOf } from './test-tiers.js';

interface FileResult {
  file: string;
  ok: boolean;
  seconds: number;
  verdict: string;
  output: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));

function usage(message: string): never {
  process.stderr.write(`${message}\nsee the comment at the top of scripts/run-tests.ts\n`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    tier: { type: 'string' },
    jobs: { type: 'string' },
    timeout: { type: 'string' },
    list: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const tiers: readonly Tier[] =
  values.tier === undefined
    ? TIERS
    : TIERS.includes(values.tier as Tier)
      ? [values.tier as Tier]
      : usage(`unknown tier: ${values.tier}`);
const jobs = Number(values.jobs ?? process.env.SANDPROOF_TEST_JOBS ?? 2);
const timeoutS = Number(values.timeout ?? 900);
if (!Number.isInteger(jobs) || jobs < 1) usage('--jobs must be a positive integer');
if (!(timeoutS > 0)) usage('--timeout must be a positive number of seconds');
const filter = positionals[0] === undefined ? null : new RegExp(positionals[0]);

/** Runs one test file in its own process (group) and waits for it. */
function runFile(file: string): Promise<FileResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', file], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutS * 1_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      // Whatever the file left behind (sandbox children of a failed test) ends with it.
      killGroup(child.pid);
      const seconds = (performance.now() - started) / 1_000;
      const early = /Exiting early before testing is finished/.test(output);
      let verdict = 'ok';
      if (timedOut) verdict = `timed out after ${timeoutS} s`;
      else if (signal !== null) verdict = `killed by ${signal}`;
      else if (status !== 0) verdict = `exit ${status}`;
      if (early) verdict = verdict === 'ok' ? 'exited early' : `${verdict}, exited early`;
      resolve({ file, ok: verdict === 'ok', seconds, verdict, output });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group has already ended.
  }
}

function counts(output: string): string {
  const total = /Total:\s+(\d+)/.exec(output)?.[1];
  const skipped = /Skipped:\s+(\d+)/.exec(output)?.[1];
  if (total === undefined) return '';
  return skipped === undefined || skipped === '0' ? ` ${total} tests` : ` ${total} tests, ${skipped} skipped`;
}

/** Runs `files` up to `jobs` at a time, printing each result as it ends. */
async function runTier(files: string[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      const result = await runFile(file);
      results.push(result);
      const line = `${result.ok ? 'ok  ' : 'FAIL'} ${result.seconds.toFixed(1).padStart(6)} s  ${file}`;
      process.stdout.write(`${line}${result.ok ? counts(result.output) : ` (${result.verdict})`}\n`);
      if (!result.ok || values.verbose) process.stdout.write(`${indent(result.output)}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, worker));
  return results;
}

const indent = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `    | ${l}`)
    .join('\n');

const all = findTestFiles(root).filter((f) => filter === null || filter.test(f));
if (values.list) {
  for (const file of all)
    if (tiers.includes(tierOf(file))) process.stdout.write(`${tierOf(file)}\t${file}\n`);
  process.exit(0);
}

const summary: string[] = [];
const failed: FileResult[] = [];
const began = performance.now();
for (const tier of tiers) {
  const files = all.filter((f) => tierOf(f) === tier);
  if (files.length === 0) continue;
  process.stdout.write(`== ${tier}: ${files.length} files, ${Math.min(jobs, files.length)} at a time\n`);
  const started = performance.now();
  const results = await runTier(files);
  const wall = (performance.now() - started) / 1_000;
  const bad = results.filter((r) => !r.ok);
  failed.push(...bad);
  summary.push(`${tier}: ${files.length} files, ${bad.length} failed, ${wall.toFixed(1)} s wall`);
}
const total = (performance.now() - began) / 1_000;
process.stdout.write(`\n${summary.join('\n')}\ntotal: ${total.toFixed(1)} s wall\n`);
if (failed.length > 0) {
  process.stdout.write(`failed:\n${failed.map((r) => `  ${r.file} (${r.verdict})`).join('\n')}\n`);
  process.exit(1);
}
