/**
 * Guest code outlives its execution: attacks that leave a reaction for V8 to run as a platform task
 * after the result was returned (an asynchronous wasm compilation's promise, a FinalizationRegistry
 * cleanup after the pool's collection). Each must leave no guest CPU after the execution ended and must
 * not take the next execution of the same tenant (same dedicated isolate) down with it, in process
 * isolation (the child's CPU time, from /proc) and in-process (this process's CPU time).
 * The thresholds are far above an idle process's use and far below a spinning loop's; nothing asserts
 * how long an execution takes.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';
import { cpuMs, hasProc } from './proc-stats.js';

/** Builds, inside the guest, a module of `n` functions: its asynchronous compilation outlasts a return. */
const moduleBytes = (n: number) => `
  const leb = (n) => { const o = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; o.push(b); } while (n); return o; };
  const sec = (id, c) => [id, ...leb(c.length), ...c];
  const n = ${n};
  const bodies = [];
  for (let i = 0; i < n; i++) bodies.push(4, 0x00, 0x41, 0x2a, 0x0b);
  const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, ...sec(1, [1, 0x60, 0, 1, 0x7f]),
    ...sec(3, [...leb(n), ...new Array(n).fill(0)]), ...sec(10, [...leb(n), ...bodies])]);`;
const MODULE_BYTES = moduleBytes(4000);

const ATTACKS: Record<string, string> = {
  'WebAssembly.compile reaction spins after the result': `${MODULE_BYTES}
    WebAssembly.compile(bytes).then(() => { for (;;) {} }); return 1`,
  'WebAssembly.instantiate reaction spins after the result': `${MODULE_BYTES}
    WebAssembly.instantiate(bytes).then(() => { for (;;) {} }); return 1`,
  'FinalizationRegistry cleanup spins after the pool collects': `
    const registry = new FinalizationRegistry(() => { for (;;) {} });
    for (let i = 0; i < 20000; i++) registry.register({ a: [i, i, i] }, i);
    globalThis.registry = registry;
    const junk = []; for (let i = 0; i < 50000; i++) junk.push({ i });
    return 1`,
};

const WINDOW_MS = 1_500;
/** An idle child uses a few ms in the window (a prepared context); a loop burns hundreds even when starved. */
const IDLE_CPU_MS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attackThenProbe(rt: Runtime, tenantId: string, code: string) {
  const first = await outcome(rt, {
    code,
    profile: 'tenant-isolated',
    tenantId,
    scan: false,
    timeoutMs: 4_000,
  });
  // Ending in its own execution (a timeout there) is fine; completing and running on afterwards is not.
  if (!first.ok) assert.equal(first.code, 'ERR_TIMEOUT');
  return first;
}

for (const [name, code] of Object.entries(ATTACKS)) {
  test(`process isolation: ${name}: no guest CPU after the execution, the tenant's next execution works`, async () => {
    if (!hasProc) {
      console.log('skipped: no /proc to read the sandbox child CPU time from');
      return;
    }
    const rt = createRuntime({ processes: 1, pool: { min: 0 } });
    try {
      await outcome(rt, { code: 'return 0', profile: 'tenant-isolated', tenantId: 'a', scan: false });
      const [pid] = rt.stats().sandboxPids;
      assert.ok(pid !== undefined, 'a sandbox child runs');
      await attackThenProbe(rt, 'a', code);
      const before = cpuMs(pid);
      await sleep(WINDOW_MS);
      const after = rt.stats().sandboxPids.includes(pid) ? cpuMs(pid) : before;
      assert.ok(
        after - before < IDLE_CPU_MS,
        `the sandbox child used ${after - before} ms of CPU after the execution`,
      );
      const next = await outcome(rt, {
        code: 'return 2',
        profile: 'tenant-isolated',
        tenantId: 'a',
        scan: false,
        timeoutMs: 4_000,
      });
      assert.equal(next, { ok: true, value: 2, logs: [] });
    } finally {
      await rt.dispose();
    }
  });

  test(`in-process: ${name}: no guest CPU after the execution, the tenant's next execution works`, async () => {
    const rt = createRuntime({ isolation: 'in-process', pool: { min: 0 } });
    try {
      await attackThenProbe(rt, 'a', code);
      const before = process.cpuUsage();
      await sleep(WINDOW_MS);
      const used = process.cpuUsage(before);
      const ms = (used.user + used.system) / 1000;
      assert.ok(ms < IDLE_CPU_MS, `this process used ${ms} ms of CPU after the execution`);
      const next = await outcome(rt, {
        code: 'return 2',
        profile: 'tenant-isolated',
        tenantId: 'a',
        scan: false,
        timeoutMs: 4_000,
      });
      assert.equal(next, { ok: true, value: 2, logs: [] });
    } finally {
      await rt.dispose();
    }
  });
}

test('WebAssembly.compile and instantiate still settle, inside the execution', async () => {
  const rt = createRuntime({ isolation: 'in-process', pool: { min: 0 } });
  try {
    const o = await outcome(rt, {
      // Two compilations of a 4,000-function module are charged past tenant-isolated's 8 MB (1 KiB per
      // declared function: runtime-wasm-code-offheap.test.ts); 1,500 functions stay well within it.
      code: `${moduleBytes(1500)}
        const m = await WebAssembly.compile(bytes);
        const { instance } = await WebAssembly.instantiate(bytes);
        const again = await WebAssembly.instantiate(m);
        const bad = await WebAssembly.compile(new Uint8Array([1, 2, 3])).then(() => 'compiled', (e) => e.name);
        return [m instanceof WebAssembly.Module, instance.exports !== undefined, again instanceof WebAssembly.Instance, bad]`,
      profile: 'tenant-isolated',
      scan: false,
      timeoutMs: 10_000,
    });
    assert.equal(o, { ok: true, value: [true, true, true, 'CompileError'], logs: [] });
  } finally {
    await rt.dispose();
  }
});

test.run();
