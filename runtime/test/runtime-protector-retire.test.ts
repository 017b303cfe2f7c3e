/**
 * Cross-tenant protector state: a tenant that replaced `Array.prototype[Symbol.iterator]` (or
 * `Array[Symbol.species]`, or put an element on `Object.prototype`) in its fresh context cleared a flag V8
 * keeps for the whole isolate, and every later execution on that isolate, any tenant's, lost V8's fast
 * paths (the next tenant's `[...a]` loop ran 100-200x slower). The isolate is now retired after such an
 * execution; an execution that leaves the builtins alone keeps its isolate. (The slowdown itself is timed
 * in bench/, not here: unit tests assert no timings.)
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime } from '../runtime.js';
import { outcome } from './helpers.js';

const TAMPERINGS: Record<string, string> = {
  'Array.prototype[Symbol.iterator] replaced':
    'const it = Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = function () { return it.call(this); }; return 1',
  'Array[Symbol.species] redefined':
    'Object.defineProperty(Array, Symbol.species, { get() { return Array; } }); return 1',
  'Promise.prototype.constructor replaced': 'Promise.prototype.constructor = function P() {}; return 1',
  'an element on Object.prototype': 'Object.prototype[0] = 1; return 1',
  'Array.prototype re-parented':
    'Object.setPrototypeOf(Array.prototype, Object.create(Object.prototype)); return 1',
  'Promise.prototype.then wrapped':
    'const then = Promise.prototype.then; Promise.prototype.then = function (a, b) { return then.call(this, a, b); }; return 1',
};

for (const isolation of ['in-process', 'process'] as const) {
  for (const [name, code] of Object.entries(TAMPERINGS)) {
    test(`protector invalidation across tenants (${isolation}): ${name} retires the isolate`, async () => {
      const rt = createRuntime({ isolation, processes: 1, pool: { min: 1, max: 1 } });
      try {
        assert.equal(await outcome(rt, { code: 'return [...[1, 2]].length', tenantId: 'b', scan: false }), {
          ok: true,
          value: 2,
          logs: [],
        });
        const before = rt.stats();
        assert.equal(await outcome(rt, { code, tenantId: 'a', scan: false }), {
          ok: true,
          value: 1,
          logs: [],
        });
        const after = rt.stats();
        assert.is(after.recycled - before.recycled, 1, 'the tampering execution retired its isolate');
        const next = await outcome(rt, { code: 'return [...[1, 2]].length', tenantId: 'b', scan: false });
        assert.equal(next, { ok: true, value: 2, logs: [] });
        assert.is(rt.stats().created - after.created, 1, 'the next tenant ran on a new isolate');
      } finally {
        await rt.dispose();
      }
    });
  }

  test(`an execution that leaves the guarded builtins alone keeps its isolate (${isolation})`, async () => {
    const rt = createRuntime({ isolation, processes: 1, pool: { min: 1, max: 1 } });
    try {
      await outcome(rt, { code: 'return 0', tenantId: 'b', scan: false });
      const before = rt.stats();
      const o = await outcome(rt, {
        code: `class L extends Array {} const l = L.from([1, 2]); const p = await Promise.all([1, 2].map(async (x) => x));
               Object.prototype.toString.call(l); const m = new Map([[1, 2]]); return [l.length, p.length, [...m].length, [...'ab'].length]`,
        tenantId: 'a',
        scan: false,
      });
      assert.equal(o, { ok: true, value: [2, 2, 1, 2], logs: [] });
      assert.is(rt.stats().recycled, before.recycled);
      assert.is(rt.stats().created, before.created);
    } finally {
      await rt.dispose();
    }
  });
}

test.run();
