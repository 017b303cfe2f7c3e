/**
 * Runs one crash pattern in a child process (crash-probe-child.ts) and reports how that process ended, so
 * that a pattern that aborts V8 ends the child and never the test runner.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./crash-probe-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How a probe child ended, and what it printed. */
export interface ProbeResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  /** True when the probe outlived `limitMs` and was killed. */
  timedOut: boolean;
  /** The child's JSON line: the pattern's outcome, and the value or code of the request that followed. */
  outcome: { ok?: boolean; code?: string; after?: unknown } | null;
  stderrTail: string;
  ms: number;
}

/** Runs pattern `id` in `isolation` mode in a fresh child; kills it after `limitMs`. */
export function runProbe(
  id: string,
  isolation: 'in-process' | 'process',
  limitMs: number,
): Promise<ProbeResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', CHILD, id, isolation], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-4_096);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('exit', (status, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').pop() ?? '';
      let outcome: ProbeResult['outcome'] = null;
      try {
        outcome = line === '' ? null : (JSON.parse(line) as ProbeResult['outcome']);
      } catch {
        outcome = null;
      }
      resolve({ status, signal, timedOut, outcome, stderrTail: stderr, ms: performance.now() - started });
    });
  });
}
