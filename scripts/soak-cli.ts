/**
 * The `scripts/soak.ts` command: parses arguments, draws a progress bar on a TTY, prints the summary
 * (or the report as JSON) and gives the exit code: 0 when every check holds, 1 when one fails, 2 on a
 * usage error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SoakOptions, SoakReport } from './soak.js';

const USAGE = `usage: node --no-node-snapshot --import tsx scripts/soak.ts [options]

Runs many executions, a fifth of them hostile, through one runtime and checks that every one settles
with a value or a coded error, that none escapes, that host memory stays flat after warm-up, that the
pools return to rest and that the audit log holds one record per execution and verifies.

  --executions N       executions to run (default 100000)
  --concurrency N      executions in flight (default 32)
  --isolation MODE     process | in-process (default process)
  --audit FILE         audit file to write (must not exist; default: a temporary file, removed after)
  --seed N             seed of the workload mix (default 1)
  --json               print the report as JSON instead of the summary
  --help               this text

Exit codes: 0 every check holds, 1 a check failed, 2 usage error.`;

interface CliArgs {
  options: Omit<SoakOptions, 'auditPath' | 'onProgress'> & { auditPath?: string };
  json: boolean;
}

function positive(name: string, text: string | undefined): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
}

/** Parses the command line; throws an Error with a usage message on a bad argument. */
export function parseSoakArgs(argv: readonly string[]): CliArgs | 'help' {
  const options: CliArgs['options'] = { executions: 100_000, concurrency: 32, isolation: 'process' };
  let json = false;
  const rest = [...argv];
  while (rest.length > 0) {
    const arg = rest.shift();
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') {
      json = true;
      continue;
    }
    const value = rest.shift();
    if (arg === '--executions') options.executions = positive(arg, value);
    else if (arg === '--concurrency') options.concurrency = positive(arg, value);
    else if (arg === '--seed') options.seed = positive(arg, value);
    else if (arg === '--audit' && value !== undefined) options.auditPath = value;
    else if (arg === '--isolation' && (value === 'process' || value === 'in-process'))
      options.isolation = value;
    else throw new Error(`unknown or incomplete argument: ${String(arg)}`);
  }
  return { options, json };
}

/** A one-line progress bar, redrawn at most every 100 ms. */
function progressBar(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  const started = performance.now();
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (now - last < 100 && done < total) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const rate = done / ((now - started) / 1000);
    const rss = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
    stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(0)}/s rss ${rss} MB `,
    );
    if (done === total) stream.write('\n');
  };
}

/** The human summary of a report. */
export function formatSoakSummary(report: SoakReport): string {
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
  const first = report.memory.samples[0];
  const last = report.memory.samples.at(-1);
  const lines = [
    `executions ${report.executions}, settled ${report.settled}, ${report.seconds.toFixed(1)} s, ${report.perSecond.toFixed(0)}/s`,
    `rss ${first ? mb(first.rss) : '-'} -> ${last ? mb(last.rss) : '-'} (slope after warm-up ${report.memory.rssSlope.toFixed(1)} B/execution)`,
    `heap after GC ${first ? mb(first.heapRetained) : '-'} -> ${last ? mb(last.heapRetained) : '-'} (slope after warm-up ${report.memory.heapSlope.toFixed(1)} B/execution)`,
    `sandbox processes rss ${first ? mb(first.sandboxRss) : '-'} -> ${last ? mb(last.sandboxRss) : '-'} (slope after warm-up ${report.memory.sandboxRssSlope.toFixed(1)} B/execution)`,
    `crashes contained (child restarts) ${report.processRestarts}, executions failed by them ${report.collateral}; escapes ${report.escapes}; audit records ${report.audit.records}`,
    'outcomes:',
    ...Object.entries(report.totals)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `  ${code.padEnd(30)} ${n}`),
    'checks:',
    ...report.checks.map((c) => `  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`),
    report.ok ? 'soak passed' : 'soak FAILED',
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs the command; resolves with the exit code. */
export async function runSoakCli(
  argv: readonly string[],
  runSoak: (options: SoakOptions) => Promise<SoakReport>,
): Promise<number> {
  let parsed: CliArgs | 'help';
  try {
    parsed = parseSoakArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const tempDir =
    parsed.options.auditPath === undefined ? mkdtempSync(join(tmpdir(), 'sandproof-soak-')) : null;
  const auditPath = parsed.options.auditPath ?? join(tempDir as string, 'audit.jsonl');
  const onProgress = process.stderr.isTTY && !parsed.json ? progressBar(process.stderr) : undefined;
  try {
    const report = await runSoak({ ...parsed.options, auditPath, ...(onProgress ? { onProgress } : {}) });
    process.stdout.write(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : formatSoakSummary(report));
    return report.ok ? 0 : 1;
  } finally {
    if (tempDir !== null) rmSync(tempDir, { recursive: true, force: true });
  }
}
