/**
 * Cross-tenant protector state, every kind of change: the builtin guard (runtime/builtin-guard.ts) retires
 * the isolate after an execution that leaves any guarded builtin different from how its context started,
 * whatever the kind of change: a property added (string, symbol or index key), deleted, re-added in
 * another position, redefined as an accessor or with other flags only, a value swapped for another
 * builtin or for -0, a prototype changed, an object made non-extensible, and a change made by a
 * continuation that outlived the snippet's own return. An execution that changes nothing, or changes only
 * its own objects, keeps its isolate. (runtime-protector-retire.test.ts covers the changes V8 is known to remember, in both
 * isolation modes.)
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime } from '../runtime.js';
import { outcome, PROFILES } from './helpers.js';

const CHANGES: Record<string, string> = {
  'a string-keyed property added to Array.prototype (non-enumerable)':
    "Object.defineProperty(Array.prototype, 'extra', { value: 1 })",
  'a symbol-keyed property added to Map.prototype': "Map.prototype[Symbol('x')] = 1",
  'an indexed element on Array.prototype': 'Array.prototype[3] = 1',
  'an indexed element on Object.prototype, non-enumerable':
    "Object.defineProperty(Object.prototype, '7', { value: 1, configurable: true })",
  'a property deleted from String.prototype': 'delete String.prototype.at',
  'a property deleted and re-added with the same value and flags (only its position differs)': `
    const d = Object.getOwnPropertyDescriptor(Array.prototype, 'map');
    delete Array.prototype.map; Object.defineProperty(Array.prototype, 'map', d)`,
  'a data property redefined as an accessor': `
    const f = Set.prototype.add; Object.defineProperty(Set.prototype, 'add', { get() { return f; }, configurable: true })`,
  'an accessor getter replaced by another function': `
    const d = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags');
    Object.defineProperty(RegExp.prototype, 'flags', { get() { return d.get.call(this); } })`,
  'only the writable flag of a method changed':
    "Object.defineProperty(Promise.prototype, 'then', { writable: false })",
  'only the enumerable flag of a method changed':
    "Object.defineProperty(Array.prototype, 'filter', { enumerable: true })",
  'a method swapped for another builtin': 'Array.prototype.map = Array.prototype.filter',
  'a numeric value replaced by -0 (0 and -0 differ)': "Object.defineProperty(Map, 'length', { value: -0 })",
  'a function length redefined': "Object.defineProperty(Promise, 'length', { value: 2 })",
  'the prototype of a typed array prototype changed':
    'Object.setPrototypeOf(Float64Array.prototype, Object.prototype)',
  'the iterator prototype made non-extensible':
    'Object.preventExtensions(Object.getPrototypeOf([][Symbol.iterator]()))',
  'ArrayBuffer.prototype frozen': 'Object.freeze(ArrayBuffer.prototype)',
  'Function.prototype sealed': 'Object.seal(Function.prototype)',
  'a change made by a continuation after the snippet returned': `
    (async () => { for (let i = 0; i < 20; i++) await null; Number.prototype.extra = 1; })()`,
};

test('builtin guard: every kind of change to a guarded builtin retires the isolate; no change keeps it', async () => {
  const rt = createRuntime({ isolation: 'in-process', pool: { min: 1, max: 1 } });
  try {
    for (const [name, change] of Object.entries(CHANGES)) {
      const before = rt.stats();
      const o = await outcome(rt, { code: `${change}; return 1`, tenantId: 'a', scan: false });
      assert.equal(o, { ok: true, value: 1, logs: [] }, name);
      assert.is(rt.stats().recycled - before.recycled, 1, `${name}: the isolate was retired`);
      const kept = rt.stats();
      const same = await outcome(rt, { code: 'return [...[1, 2]].length', tenantId: 'b', scan: false });
      assert.equal(same, { ok: true, value: 2, logs: [] }, `${name}: the next execution`);
      assert.is(
        rt.stats().recycled,
        kept.recycled,
        `${name}: an execution that changes nothing keeps its isolate`,
      );
    }
  } finally {
    await rt.dispose();
  }
});

test("builtin guard: the guest's own objects are not guarded: freezing or extending them keeps the isolate", async () => {
  const rt = createRuntime({ isolation: 'in-process', pool: { min: 1, max: 1 } });
  try {
    for (const profile of PROFILES) {
      await outcome(rt, { code: 'return 0', profile, scan: false });
      const before = rt.stats();
      const o = await outcome(rt, {
        code: `class L extends Array {} L.prototype.extra = 1; const own = Object.freeze(Object.create(Array.prototype));
               const p = Object.preventExtensions({ a: 1 }); return [Object.isFrozen(own), p.a, new L().extra]`,
        profile,
        scan: false,
      });
      assert.equal(o, { ok: true, value: [true, 1, 1], logs: [] }, profile);
      assert.is(rt.stats().recycled, before.recycled, profile);
      assert.is(rt.stats().created, before.created, profile);
    }
  } finally {
    await rt.dispose();
  }
});

test.run();
