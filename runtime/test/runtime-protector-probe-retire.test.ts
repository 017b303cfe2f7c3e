/**
 * Protector changes no descriptor shows, across tenants: a same-value write of
 * `Array.prototype[Symbol.iterator]`, a replacement undone before the end, `Promise[Symbol.species]`
 * redefined and put back, `Symbol.isConcatSpreadable` on a plain object. Each clears an isolate-wide V8
 * flag that slowed every later tenant of the isolate; the builtin guard now reads the flags with the
 * protector probe (protector-probe.ts), so each retires its isolate in every profile and both isolation
 * modes, and the next tenant runs on a fresh one. The probe itself never reaches guest code, and the
 * `%` syntax stays off in the host, in guest code and in a fresh isolate after the snapshot step.
 * (The slowdown is timed in bench/, not here: unit tests assert no timings.)
 */
import ivm from 'isolated-vm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PROBE_GLOBAL } from '../protector-probe.js';
import { createRuntime } from '../runtime.js';
import { outcome, PROFILES } from './helpers.js';

const UNSEEN: Record<string, string> = {
  'a same-value write of Array.prototype[Symbol.iterator]':
    'Array.prototype[Symbol.iterator] = Array.prototype[Symbol.iterator]; return 1',
  'an Array.prototype[Symbol.iterator] replacement undone before the end':
    'const it = Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = function () { return it.call(this); }; Array.prototype[Symbol.iterator] = it; return 1',
  'Promise[Symbol.species] redefined and restored':
    'const d = Object.getOwnPropertyDescriptor(Promise, Symbol.species); Object.defineProperty(Promise, Symbol.species, { get() { return Promise; }, configurable: true }); Object.defineProperty(Promise, Symbol.species, d); return 1',
  'Symbol.isConcatSpreadable on a plain object':
    'const o = {}; o[Symbol.isConcatSpreadable] = false; return 1',
};

const SPREAD = 'let n = 0; const a = [1, 2, 3]; for (let i = 0; i < 1000; i++) n += [...a].length; return n';

for (const isolation of ['in-process', 'process'] as const) {
  for (const profile of PROFILES) {
    test(`protector cleared without a visible change (${isolation}, ${profile}): each attack retires its isolate`, async () => {
      const rt = createRuntime({ isolation, processes: 1, pool: { min: 1, max: 1 } });
      try {
        // tenant-isolated dedicates isolates to one tenant (a second tenant would evict the first one's
        // isolate from a pool of one): there the attack and the next execution are the same tenant's.
        const victim = profile === 'tenant-isolated' ? 'a' : 'b';
        const spread = { code: SPREAD, profile, tenantId: victim, scan: false };
        assert.equal(await outcome(rt, spread), { ok: true, value: 3000, logs: [] });
        for (const [name, code] of Object.entries(UNSEEN)) {
          const before = rt.stats();
          assert.equal(await outcome(rt, { code, profile, tenantId: 'a', scan: false }), {
            ok: true,
            value: 1,
            logs: [],
          });
          const after = rt.stats();
          assert.is(after.recycled - before.recycled, 1, `${name}: the execution retired its isolate`);
          assert.equal(await outcome(rt, spread), { ok: true, value: 3000, logs: [] });
          assert.is(rt.stats().created - after.created, 1, `${name}: the next tenant ran on a new isolate`);
        }
      } finally {
        await rt.dispose();
      }
    });

    test(`the probe global is out of guest reach, and % is a syntax error (${isolation}, ${profile})`, async () => {
      const rt = createRuntime({ isolation, processes: 1, pool: { min: 1, max: 1 } });
      try {
        const o = await outcome(rt, {
          code: `return [typeof globalThis.${PROBE_GLOBAL}, Object.getOwnPropertyNames(globalThis).some((k) => k.includes('Protector') || k.includes('sandproof')), typeof ${PROBE_GLOBAL} === 'undefined']`,
          profile,
          scan: false,
        });
        assert.equal(o, { ok: true, value: ['undefined', false, true], logs: [] });
        const natives = await outcome(rt, { code: 'return %ArrayIteratorProtector()', profile, scan: false });
        assert.equal(natives, { ok: false, code: 'ERR_SYNTAX' });
        const viaFunction = await outcome(rt, {
          code: 'try { return Function("return %GetOptimizationStatus(Array)")(); } catch (e) { return e.name; }',
          profile,
          scan: false,
        });
        assert.ok(
          viaFunction.ok && (viaFunction.value === 'SyntaxError' || viaFunction.value === 'EvalError'),
          JSON.stringify(viaFunction),
        );
        assert.is(rt.stats().recycled, 0, 'none of this retired an isolate');
      } finally {
        await rt.dispose();
      }
    });
  }
}

test('after the snapshot step the host and a fresh isolate cannot parse the % syntax', async () => {
  const rt = createRuntime({ pool: { min: 1, max: 1 } });
  try {
    assert.equal(await outcome(rt, { code: 'return 1', scan: false }), { ok: true, value: 1, logs: [] });
  } finally {
    await rt.dispose();
  }
  assert.throws(() => new Function('return %GetOptimizationStatus'), SyntaxError);
  const isolate = new ivm.Isolate({ memoryLimit: 16 });
  try {
    assert.throws(
      () => isolate.compileScriptSync('%ArrayIteratorProtector()'),
      /SyntaxError|Unexpected token/,
    );
  } finally {
    isolate.dispose();
  }
});

const BENIGN = [
  'return [...[1, 2, 3]].map((x) => x * 2).concat([4]).length',
  'class L extends Array {} return L.from([1, 2]).length',
  'const p = await Promise.all([1, 2].map(async (x) => x)); return p.length',
  "return [...new Map([[1, 2]])].length + [...new Set([1])].length + [...'ab'].length",
  'return new Uint8Array([1, 2]).slice(1).length + /a/g[Symbol.replace]("aa", "b").length',
  'const o = { a: 1 }; Object.defineProperty(o, "b", { value: 2 }); return JSON.stringify(o) + String(Object.keys(o))',
  'return await new Promise((r) => r(3)).then((x) => x + 1)',
  'const a = [1, , 3]; return a.concat([4]).length + Array.prototype.slice.call(a).length',
];

test('a benign run of 200 mixed executions retires no isolate', async () => {
  const rt = createRuntime({ pool: { min: 1, max: 1 } });
  try {
    for (let i = 0; i < 200; i++) {
      const o = await outcome(rt, {
        code: BENIGN[i % BENIGN.length] as string,
        profile: PROFILES[i % PROFILES.length],
        tenantId: 't',
        scan: false,
      });
      assert.ok(o.ok, JSON.stringify(o));
    }
    assert.is(rt.stats().recycled, 0);
  } finally {
    await rt.dispose();
  }
});

test.run();
