/**
 * Protector invalidation across tenants, timed: tenant a replaces `Array.prototype[Symbol.iterator]` in its
 * own fresh context; on a reused isolate, V8's array-iteration fast path then stayed off for the isolate's
 * life, and tenant b's spread loop ran 100-200x slower (8-16 ms before, 925-1,773 ms after). A loose guard
 * on same-run ratios: b's loop after a ran, against b's loop before, must stay under 10x (the isolate is
 * retired now, so b runs on a fresh one). Each figure is the best of three runs, on one pool of one isolate.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime } from '../../runtime/index.js';

const VICTIM = `const a = Array.from({ length: 64 }, (_, i) => i);
  let best = Infinity;
  for (let r = 0; r < 3; r++) { const t = Date.now(); let s = 0; for (let i = 0; i < 40000; i++) s += [...a].length; best = Math.min(best, Date.now() - t); }
  return Math.max(best, 1);`;
const TAMPER = `const it = Array.prototype[Symbol.iterator];
  Array.prototype[Symbol.iterator] = function () { return it.call(this); };
  return [...[1, 2]].length`;

for (const isolation of ['in-process', 'process'] as const) {
  test(`protector invalidation across tenants (${isolation}): the next tenant's spread keeps its speed`, async () => {
    const rt = createRuntime({ isolation, processes: 1, pool: { min: 1, max: 1 } });
    try {
      const victim = async () =>
        (await rt.execute({ code: VICTIM, tenantId: 'b', scan: false, timeoutMs: 5_000 })).value as number;
      await victim();
      const before = await victim();
      await rt.execute({ code: TAMPER, tenantId: 'a', scan: false });
      const after = await victim();
      assert.ok(
        after < 10 * Math.max(before, 5),
        `tenant b's loop: ${before} ms before tenant a ran, ${after} ms after`,
      );
    } finally {
      await rt.dispose();
    }
  });
}

test.run();
