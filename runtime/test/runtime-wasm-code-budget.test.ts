/**
 * Compiled WebAssembly code lives outside the heap the budget reads: an outside attack round held 26.9 MB
 * of the sandbox child's RSS with twelve 600 KB modules under tenant-isolated's 8 MB budget. Each module
 * now reserves a multiple of its size in the execution's off-heap ledger.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

let rt: Runtime;
test.before(() => {
  rt = createRuntime({ isolation: 'process', pool: { min: 0 } });
});
test.after(() => rt?.dispose());

/** A module with one function of `k` (i32.const, drop) pairs: about 3k bytes of straight-line code. */
const MODULE_SOURCE = `
const leb = (n) => { const o = []; do { let b = n & 127; n >>>= 7; if (n) b |= 128; o.push(b); } while (n); return o; };
function moduleBytes(k, seed) {
  const body = [0];
  for (let i = 0; i < k; i++) body.push(0x41, (seed + i) & 63, 0x1a);
  body.push(0x41, seed & 63, 0x0b);
  const size = leb(body.length);
  return new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 1, 0x7f, 3, 2, 1, 0, 7, 5, 1, 1, 0x66, 0, 0,
    10, ...leb(1 + size.length + body.length), 1, ...size, ...body]);
}`;

test('tenant-isolated: twelve 600 KB modules held at once are refused by the ledger', async () => {
  const code = `${MODULE_SOURCE}
    const keep = [];
    for (let m = 0; m < 12; m++) keep.push(new WebAssembly.Instance(new WebAssembly.Module(moduleBytes(200000, m))));
    return keep.length;`;
  const o = await outcome(rt, { code, profile: 'tenant-isolated', scan: false });
  assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' });
});

test('tenant-isolated: a small module still compiles, instantiates and runs', async () => {
  const code = `${MODULE_SOURCE}
    const { instance } = await WebAssembly.instantiate(moduleBytes(100, 7));
    return instance.exports.f();`;
  assert.equal(await outcome(rt, { code, profile: 'tenant-isolated', scan: false }), {
    ok: true,
    value: 7,
    logs: [],
  });
});

test.run();
