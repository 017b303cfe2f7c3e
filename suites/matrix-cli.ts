/**
 * `sandproof matrix --adapter A --adapter B ... --out DIR`: runs `sandproof conformance` for each adapter
 * (each in its own child process, on one profile), then writes `DIR/matrix.html`, one page comparing the
 * sandboxes (see `matrix-html.ts`). `--results FILE` adds a conformance.json already produced. Exit
 * codes: 0 the page is written, 2 bad arguments or no column could be produced.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ConformanceResults } from './conformance-results.js';
import { type MatrixColumn, renderMatrixHtml } from './matrix-html.js';

/** Usage text of the command. */
export const MATRIX_USAGE = `Usage: sandproof matrix --adapter A [--adapter B ...] --out DIR [options]

Runs the conformance suite against each adapter (built-in name or module path) and writes DIR/matrix.html:
categories as rows, sandboxes as columns, with escapes, failures by declared non-goal, incidents and time.

Options:
  --adapter NAME|PATH  an adapter to compare (repeatable)
  --results FILE       a conformance.json already produced, added as a column (repeatable)
  --out DIR            output directory; each adapter's results go to DIR/<name>/ (default reports/matrix)
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
  out: string;
  profile: string;
  passThrough: string[];
}

function parse(argv: readonly string[]): MatrixArgs | string {
  const args: MatrixArgs = {
    adapters: [],
    results: [],
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
    const value = argv[i + 1];
    if (value === undefined) return `${flag} needs a value`;
    i++;
    if (flag === '--adapter') args.adapters.push(value);
    else if (flag === '--results') args.results.push(value);
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

function runConformanceChild(argv: string[], io: Io): Promise<number> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, process.argv[1] ?? '', 'conformance', ...argv],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // Only the summary goes through; the per-run progress lines would bury it.
    child.stdout.on('data', (chunk: Buffer) => io.stdout(String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n'))
        if (line !== '' && !/^conformance \S+ \[\d+\/\d+\]/.test(line)) io.stderr(`${line}\n`);
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

async function column(file: string, profile: string): Promise<MatrixColumn> {
  const results = JSON.parse(await readFile(file, 'utf8')) as ConformanceResults;
  const junitPath = join(dirname(file), 'junit.xml');
  const junit = existsSync(junitPath) ? await readFile(junitPath, 'utf8') : '';
  const incidents: Record<string, number> = {};
  const cert = results.profiles.find((p) => p.profile === profile);
  for (const f of cert?.failures ?? [])
    if (f.incident) incidents[f.incident] = (incidents[f.incident] ?? 0) + 1;
  return { results, profile, medianRunMs: medianRunMs(junit, profile), incidents };
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
  for (const spec of args.adapters) {
    const dir = join(out, adapterSlug(spec));
    io.stderr(`matrix: ${spec} -> ${dir}\n`);
    const code = await runConformanceChild(
      ['--adapter', spec, '--profile', args.profile, '--out', dir, ...args.passThrough],
      io,
    );
    if (code === 2 || !existsSync(join(dir, 'conformance.json'))) {
      io.stderr(`matrix: ${spec}: the harness broke (exit ${code}); left out of the matrix\n`);
      continue;
    }
    files.push(join(dir, 'conformance.json'));
  }
  if (files.length === 0) {
    io.stderr('sandproof matrix: no results to compare\n');
    return 2;
  }
  const columns = await Promise.all(files.map((f) => column(f, args.profile)));
  const page = join(out, 'matrix.html');
  await writeFile(page, renderMatrixHtml(columns));
  io.stdout(`wrote ${page} (${columns.length} sandboxes, profile ${args.profile})\n`);
  return 0;
}
