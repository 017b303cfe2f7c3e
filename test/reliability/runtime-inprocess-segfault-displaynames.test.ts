/**
 * Attack: a guest holds many `Intl.DisplayNames`, and the in-process host calls `await runtime.dispose()`
 * then `process.exit(0)`. The host died with SIGSEGV: isolated-vm deleted the isolate's heap on the
 * isolate's thread (the disposal met a task under way there) while `process.exit()` tore Node's V8
 * platform down (runtime/isolate-teardown.ts). The ICU objects make that deletion slow and the window wide.
 * Each run is a child process (exit-after-dispose-child.ts) in one of three moments of disposal; none may
 * end by a signal or print anything but its execution's outcome.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const CHILD = fileURLToPath(new URL('./exit-after-dispose-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Measured before the fix, with the runtime of then: `running` died 8 of 30 runs, `timeout` 1 of 10,
// `returned` 0 of 10 (its window is the narrowest); so most runs are `running`. This file, run against
// that runtime, failed with 2 SIGSEGV of 20; after the fix 0 of 30, 15 and 15.
const RUNS: Record<string, number> = { running: 10, timeout: 5, returned: 5 };
const CHILD_LIMIT_MS = 90_000;

interface ChildEnd {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderrTail: string;
}

function runChild(scenario: string): Promise<ChildEnd> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', CHILD, scenario], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-2_048);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_LIMIT_MS);
    child.on('exit', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: stdout.trim(), stderrTail: stderr });
    });
  });
}

const EXPECTED: Record<string, RegExp> = {
  returned: /^ok \d+$/,
  timeout: /^ERR_TIMEOUT$/,
  running: /^ERR_DISPOSED$/,
};

test('process.exit() right after dispose() never kills the in-process host (20 runs)', async () => {
  const runs = Object.entries(RUNS).flatMap(([s, n]) => Array.from({ length: n }, () => s));
  const failures: string[] = [];
  // Two children at a time: each holds a tenant-isolated isolate and the machine is shared.
  for (let i = 0; i < runs.length; i += 2) {
    const pair = runs.slice(i, i + 2);
    const ends = await Promise.all(pair.map(runChild));
    for (const [j, end] of ends.entries()) {
      const scenario = pair[j]!;
      if (end.signal !== null || end.status !== 0 || !EXPECTED[scenario]!.test(end.stdout)) {
        failures.push(
          `${scenario}: signal ${end.signal}, status ${end.status}, out ${JSON.stringify(end.stdout)}, err ${end.stderrTail.slice(-200)}`,
        );
      }
    }
  }
  assert.equal(failures, [], `${failures.length} of ${runs.length} runs failed:\n${failures.join('\n')}`);
});

test.run();
