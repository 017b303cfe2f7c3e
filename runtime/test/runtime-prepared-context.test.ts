/**
 * Contexts hardened ahead of their execution (runtime/prepared-context.ts): each serves exactly one
 * execution, carries nothing from the last, and a snippet that tries to close its wrapper early is
 * refused by the runtime itself, with the scanner off.
 */
import ivm from 'isolated-vm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createGcContext, createGuestContext } from '../isolate-gc.js';
import { BUILTIN_PROFILES } from '../profiles.js';
import { createRuntime } from '../runtime.js';
import { SandboxIsolate } from '../sandbox-isolate.js';
import { isolateJob, outcome, PROFILES, TEST_LIMITS } from './helpers.js';

/**
 * Waits for background work to make `check` hold. The 30 s bound is a guard against a hang, not a
 * performance assertion: background preparation on a busy machine can take seconds.
 */
async function waitUntil(check: () => boolean): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (!check() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  assert.ok(check(), 'condition never held');
}

test('wrapper break-out: closing the function early is a syntax error, scanner off, every profile', async () => {
  const rt = createRuntime({ pool: { min: 0, max: 2 } });
  const breakouts = [
    '}); globalThis.leaked = 1; (async function () {',
    '}) ; (function () { return this })().leaked = 1; (async function () {',
    '}\n})();\nglobalThis.leaked = 1;\n(async function () {\n{',
  ];
  for (const profile of PROFILES) {
    for (const code of breakouts) {
      assert.equal(await outcome(rt, { code, profile, scan: false }), { ok: false, code: 'ERR_SYNTAX' });
    }
    const after = await outcome(rt, { code: 'return typeof globalThis.leaked', profile, scan: false });
    assert.equal(after, { ok: true, value: 'undefined', logs: [] });
  }
  await rt.dispose();
});

test('a snippet is strict, ends at its own text, and a trailing comment does not swallow the wrapper', async () => {
  const rt = createRuntime({ pool: { min: 0, max: 1 } });
  const strict = await outcome(rt, {
    code: 'return (function () { return this })() === undefined',
    scan: false,
  });
  assert.equal(strict, { ok: true, value: true, logs: [] });
  assert.equal(await outcome(rt, { code: 'return 7 // done', scan: false }), {
    ok: true,
    value: 7,
    logs: [],
  });
  assert.equal(await outcome(rt, { code: 'return `', scan: false }), { ok: false, code: 'ERR_SYNTAX' });
  assert.equal(await outcome(rt, { code: 'return 1 /*', scan: false }), { ok: false, code: 'ERR_SYNTAX' });
  await rt.dispose();
});

test('an idle pooled isolate prepares its next context, and that context serves one execution only', async () => {
  const isolate = new SandboxIsolate(BUILTIN_PROFILES['ultra-secure'], 16, TEST_LIMITS);
  try {
    isolate.prepare();
    await waitUntil(() => isolate.isReady);
    const first = await isolate.execute(
      isolateJob('globalThis.mark = 1; return typeof input', { inputJson: '{"a":1}' }),
    );
    assert.is(first.value, 'object');
    assert.not.ok(isolate.isReady, 'the prepared context was consumed');
    isolate.prepare();
    await waitUntil(() => isolate.isReady);
    const second = await isolate.execute(isolateJob('return [typeof globalThis.mark, typeof input]'));
    assert.equal(second.value, ['undefined', 'undefined']);
    // Without a prepared context, the execution prepares its own.
    const third = await isolate.execute(isolateJob('return 3'));
    assert.is(third.value, 3);
  } finally {
    isolate.dispose();
  }
});

test('the pool hands out isolates with prepared contexts, and its state returns to rest', async () => {
  const rt = createRuntime({ isolation: 'in-process', pool: { min: 2, max: 4 } });
  for (let i = 0; i < 40; i++) {
    const r = await rt.execute({
      code: 'globalThis.n = (globalThis.n ?? 0) + 1; return globalThis.n',
      scan: false,
    });
    assert.is(r.value, 1, "no execution sees another one's globals");
  }
  const s = rt.stats();
  assert.is(s.busy, 0);
  assert.ok(s.created <= 4, `created ${s.created}`);
  await rt.dispose();
});

test('a disposal while a context is being prepared leaves nothing behind and fails no later call', async () => {
  const isolate = new SandboxIsolate(BUILTIN_PROFILES['high-security'], 16, TEST_LIMITS);
  isolate.prepare();
  await new Promise((r) => setImmediate(r));
  isolate.dispose();
  try {
    await isolate.execute(isolateJob('return 1'));
    assert.unreachable('a disposed isolate must refuse');
  } catch (error) {
    assert.is((error as { code?: string }).code, 'ERR_DISPOSED');
  }
});

test('a GC maintenance context waits for guest context creations in flight, and they never see gc', async () => {
  const raw = new ivm.Isolate({ memoryLimit: 16 });
  try {
    const creations = Array.from({ length: 8 }, () => createGuestContext(raw));
    const gc = createGcContext(raw);
    const more = Array.from({ length: 8 }, () => createGuestContext(raw));
    const contexts = await Promise.all([...creations, ...more]);
    const reference = await gc;
    assert.ok(reference !== null, 'the maintenance context got gc');
    for (const context of contexts) {
      assert.is(context.evalSync('typeof gc'), 'undefined');
      context.release();
    }
    await reference?.apply(undefined, []);
  } finally {
    raw.dispose();
  }
});

test.run();
