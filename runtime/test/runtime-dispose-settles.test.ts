/**
 * `dispose()` resolves only once every sandbox child has exited and every execution has settled, and the
 * host process cannot exit before: lines printed after `await rt.dispose()` and after awaiting the
 * execution always appear. Each program runs in its own process, several times, since the defect this
 * guards against (the host exiting with the disposal still pending) depended on timing.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isRunning } from './helpers.js';

const runtimeIndex = fileURLToPath(new URL('../index.ts', import.meta.url));
const REPEAT = Number(process.env.SANDPROOF_DISPOSE_REPEAT ?? 3);

/** A program that starts `request`, waits `delayMs`, disposes, then prints both awaited outcomes. */
function program(isolation: string, request: string, delayMs: number): string {
  return `
    import { createRuntime } from ${JSON.stringify(runtimeIndex)};
    const rt = createRuntime({ isolation: ${JSON.stringify(isolation)}, pool: { min: 0 } });
    const pids = rt.stats().sandboxPids;
    const run = rt.execute(${request}).then(() => 'ok', (e) => e.code);
    await new Promise((r) => setTimeout(r, ${delayMs}));
    await rt.dispose();
    console.log('disposed ' + JSON.stringify(pids));
    console.log('execution ' + (await run));
  `;
}

function runProgram(source: string): Promise<{ status: number | null; signal: string | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--no-node-snapshot', '--import', 'tsx', '--input-type=module', '-e', source],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (status, signal) => {
      clearTimeout(kill);
      resolve({ status, signal, out });
    });
  });
}

const cases = [
  {
    name: 'an execution that never settles, disposed 50 ms after it started',
    request: "{ code: 'await new Promise(() => {}); return 1', scan: false }",
    delayMs: 50,
    expected: ['ERR_DISPOSED'],
  },
  {
    name: 'a busy loop, disposed at once',
    request: "{ code: 'for (;;) {}', scan: false }",
    delayMs: 0,
    expected: ['ERR_DISPOSED'],
  },
  {
    name: 'a request refused before it ran, disposed at once (children still starting)',
    request: "{ code: 'return 1', profile: 'no-such-profile', scan: false }",
    delayMs: 0,
    expected: ['ERR_INVALID_REQUEST'],
  },
  {
    name: 'an execution that completes before the disposal',
    request: "{ code: 'return 1', scan: false }",
    delayMs: 0,
    expected: ['ok', 'ERR_DISPOSED'],
  },
];

for (const isolation of ['process', 'in-process']) {
  // In-process there are no children: the first two cases cover the executions in flight.
  for (const c of isolation === 'process' ? cases : cases.slice(0, 2)) {
    test(`${isolation}: dispose() settles before the host exits: ${c.name}`, async () => {
      for (let i = 0; i < REPEAT; i++) {
        const run = await runProgram(program(isolation, c.request, c.delayMs));
        assert.is(run.signal, null, `run ${i}: the host was killed (${run.signal}); output: ${run.out}`);
        assert.is(run.status, 0, `run ${i}: exit status ${run.status}; output: ${run.out}`);
        const disposed = /^disposed (.*)$/m.exec(run.out);
        assert.ok(disposed, `run ${i}: the line after await rt.dispose() never printed: ${run.out}`);
        const execution = /^execution (\S+)$/m.exec(run.out);
        assert.ok(execution, `run ${i}: the awaited execution never printed: ${run.out}`);
        assert.ok(c.expected.includes(execution[1] as string), `run ${i}: ${execution[1]}`);
        // dispose() resolved after the children exited: none may still run (Node reaps them on 'exit').
        const pids = JSON.parse(disposed[1] as string) as number[];
        assert.is(pids.length, isolation === 'process' ? 2 : 0);
        assert.equal(pids.filter(isRunning), []);
      }
    });
  }
}

test.run();
