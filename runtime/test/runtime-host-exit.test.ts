/**
 * A program that uses the runtime and never calls `dispose()` still exits when its work is done, in both
 * isolation modes, and leaves no sandbox process behind: the children hold the event loop only while
 * executions are in flight.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isRunning } from './helpers.js';

const runtimeIndex = fileURLToPath(new URL('../index.ts', import.meta.url));

function program(isolation: string): string {
  return `
    import { createRuntime } from ${JSON.stringify(runtimeIndex)};
    const rt = createRuntime({ isolation: ${JSON.stringify(isolation)} });
    const results = await Promise.all([1, 2, 3].map((n) => rt.execute({ code: 'return ' + n })));
    console.log(JSON.stringify({ values: results.map((r) => r.value), pids: rt.stats().sandboxPids }));
  `;
}

for (const isolation of ['process', 'in-process']) {
  test(`${isolation}: the host exits without dispose(), and no sandbox process outlives it`, async () => {
    const run = spawnSync(
      process.execPath,
      ['--no-node-snapshot', '--import', 'tsx', '--input-type=module', '-e', program(isolation)],
      { encoding: 'utf8', timeout: 60_000 },
    );
    assert.is(run.signal, null, `the host was killed (${run.signal}): it did not exit by itself`);
    assert.is(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      values: number[];
      pids: number[];
    };
    assert.equal(out.values, [1, 2, 3]);
    assert.is(out.pids.length, isolation === 'process' ? 2 : 0);
    // The children see their channel close and exit; give them a moment, then none may be alive.
    for (let i = 0; i < 100 && out.pids.some(isRunning); i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(out.pids.filter(isRunning), []);
  });
}

test.run();
