/**
 * Sandbox child processes are retired after `processRecycleAfter` executions: a replacement serves at
 * once, the old child finishes what it holds and exits, no execution fails, and the pool counters never
 * go backwards.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SandboxError } from '../errors.js';
import { createRuntime } from '../runtime.js';
import { isRunning } from './helpers.js';

test('children are replaced after their quota and every execution still succeeds', async () => {
  const rt = createRuntime({ processes: 2, processRecycleAfter: 10, pool: { min: 1 } });
  try {
    const first = new Set(rt.stats().sandboxPids);
    assert.is(first.size, 2);
    for (let round = 0; round < 4; round++) {
      const values = await Promise.all(
        Array.from({ length: 15 }, (_, i) => rt.execute({ code: `await null; return ${i}`, scan: false })),
      );
      assert.equal(
        values.map((r) => r.value),
        Array.from({ length: 15 }, (_, i) => i),
      );
    }
    const s = rt.stats();
    assert.is(s.executions, 60, 'counters of retired children are carried');
    assert.is(s.processRestarts, 0, 'a retirement is not a crash');
    const now = new Set(s.sandboxPids);
    assert.ok(
      [...first].some((pid) => !now.has(pid)),
      'at least one first-generation child was replaced',
    );
    for (let i = 0; i < 100 && [...first].some((pid) => !now.has(pid) && isRunning(pid)); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    for (const pid of first) if (!now.has(pid)) assert.not.ok(isRunning(pid), `retired child ${pid} exited`);
  } finally {
    await rt.dispose();
  }
});

test('a timeout on a retiring child still ends as ERR_TIMEOUT, and the runtime goes on', async () => {
  const rt = createRuntime({ processes: 1, processRecycleAfter: 2, pool: { min: 1 } });
  try {
    const runs = [
      rt.execute({ code: 'return 1', scan: false }),
      rt.execute({ code: 'for (;;) {}', scan: false, timeoutMs: 200 }),
      rt.execute({ code: 'return 3', scan: false }),
    ];
    const outcomes = await Promise.all(
      runs.map((r) =>
        r.then(
          (x) => x.value,
          (e: SandboxError) => e.code,
        ),
      ),
    );
    assert.equal(outcomes, [1, 'ERR_TIMEOUT', 3]);
    assert.is((await rt.execute({ code: 'return 4', scan: false })).value, 4);
  } finally {
    await rt.dispose();
  }
});

test('processRecycleAfter must be a positive integer', () => {
  for (const bad of [0, -1, 1.5, '10']) {
    try {
      createRuntime({ processRecycleAfter: bad as number });
      assert.unreachable('should throw');
    } catch (error) {
      assert.instance(error, SandboxError);
      assert.is((error as SandboxError).field, 'processRecycleAfter');
    }
  }
});

test.run();
