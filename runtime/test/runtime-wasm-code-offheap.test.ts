/**
 * WebAssembly code off-heap: a module of many tiny functions costs V8 far more than its size. A 1.58 MB
 * module of 200,000 functions, each tail-calling the next, was charged 6.3 MB (four times its size) and grew
 * the sandbox child's RSS by 107-127 MiB in tenant-isolated (8 MB budget, 32 MB hard limit), and the
 * execution returned ok. The ledger now charges per module, per declared function and per section entry
 * (bench/wasm-code-cost.ts), so the module is refused before V8 parses it. Each compiling path is tested,
 * with the child's RSS growth measured (process isolation), and so is a small module on each path, which
 * must still run.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';
import { hasProc, watchRss } from './proc-stats.js';

const MiB = 2 ** 20;
/** tenant-isolated holds at most its 8 MB budget on the heap plus its budget off it. */
const BOUND = 16 * 10 ** 6;

let rt: Runtime;
test.before(() => {
  rt = createRuntime({ isolation: 'process', processes: 1, pool: { min: 0 } });
});
test.after(() => rt?.dispose());

/** Builds, in the guest, a module of `n` functions of type () -> (), each tail-calling the next; `f` is the first. */
const BUILDER = `
function chain(n) {
  const out = new Uint8Array(n * 12 + 64);
  let at = 0;
  const lebSize = (v) => { let k = 0; do { v >>>= 7; k++; } while (v); return k; };
  const leb = (v) => { do { let b = v & 127; v >>>= 7; if (v) b |= 128; out[at++] = b; } while (v); };
  const put = (bytes) => { for (let i = 0; i < bytes.length; i++) out[at++] = bytes[i]; };
  const bodySize = (i) => (i + 1 < n ? 3 + lebSize(i + 1) : 2);
  put([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3]);
  leb(lebSize(n) + n);
  leb(n);
  at += n;
  put([7, 5, 1, 1, 0x66, 0, 0, 10]);
  let codeSize = lebSize(n);
  for (let i = 0; i < n; i++) codeSize += lebSize(bodySize(i)) + bodySize(i);
  leb(codeSize);
  leb(n);
  for (let i = 0; i < n; i++) {
    leb(bodySize(i));
    out[at++] = 0;
    if (i + 1 < n) { out[at++] = 0x12; leb(i + 1); }
    out[at++] = 0x0b;
  }
  return out.subarray(0, at);
}`;

/** The three ways a guest hands bytes to V8; each leaves the instance in `instance`. */
const PATHS: Record<string, string> = {
  'new WebAssembly.Module': 'const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});',
  'WebAssembly.compile': 'const instance = new WebAssembly.Instance(await WebAssembly.compile(bytes), {});',
  'WebAssembly.instantiate(bytes)': 'const { instance } = await WebAssembly.instantiate(bytes, {});',
};

async function measured(code: string) {
  await outcome(rt, { code: 'return 0', profile: 'tenant-isolated', tenantId: 'w', scan: false });
  const [pid] = rt.stats().sandboxPids;
  const watch = pid !== undefined && hasProc ? watchRss(pid) : undefined;
  const o = await outcome(rt, {
    code,
    profile: 'tenant-isolated',
    tenantId: 'w',
    scan: false,
    timeoutMs: 15_000,
  });
  const growth = watch?.stop() ?? 0;
  if (watch === undefined) console.log('RSS not measured: no /proc on this system');
  return { o, growth };
}

for (const [path, instantiate] of Object.entries(PATHS)) {
  test(`wasm code off-heap, ${path}: 200,000 tail-calling functions in 1.58 MB are refused, the child stays within the budget`, async () => {
    const { o, growth } = await measured(`${BUILDER}
      const bytes = chain(200000);
      ${instantiate}
      instance.exports.f();
      globalThis.keep = instance;
      return bytes.length;`);
    assert.ok(growth < BOUND, `the sandbox child grew by ${(growth / MiB).toFixed(1)} MiB`);
    assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' });
  });

  test(`wasm code off-heap, ${path}: a module of 200 functions still compiles and runs`, async () => {
    const { o, growth } = await measured(`${BUILDER}
      const bytes = chain(200);
      ${instantiate}
      instance.exports.f();
      return bytes.length;`);
    assert.ok(growth < BOUND, `the sandbox child grew by ${(growth / MiB).toFixed(1)} MiB`);
    assert.equal(o, { ok: true, value: 1301, logs: [] });
  });
}

test('wasm code off-heap: two thousand distinct one-function modules are refused, the child stays within the budget', async () => {
  const { o, growth } = await measured(`${BUILDER}
    const base = chain(1);
    const keep = [];
    for (let j = 0; j < 2000; j++) {
      const bytes = new Uint8Array(base.length + 5);
      bytes.set(base);
      bytes.set([0, 3, 1, j & 127, j >> 7], base.length);
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
      instance.exports.f();
      keep.push(instance);
    }
    return keep.length;`);
  assert.ok(growth < BOUND, `the sandbox child grew by ${(growth / MiB).toFixed(1)} MiB`);
  assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' });
});

test.run();
