/**
 * RX-wasm-loop-grow / wasm memory budget bypass: wasm memory lives outside the JS heap and the
 * ArrayBuffer accounting, so tenant-isolated bounds it by the declared maxima instead.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({ pool: { min: 0 } });
});
const run = (code: string) => outcome(rt, { code, profile: 'tenant-isolated', scan: false });

/** A module with one exported memory `m` of `min` pages and, if given, `max` pages (LEB128 < 16384). */
function moduleBytes(min: number, max?: number): number[] {
  const leb = (n: number) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, n >> 7]);
  const limits = max === undefined ? [0x00, ...leb(min)] : [0x01, ...leb(min), ...leb(max)];
  const memory = [0x01, ...limits];
  return [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    0x05,
    memory.length,
    ...memory,
    0x07,
    0x05,
    0x01,
    0x01,
    0x6d,
    0x02,
    0x00,
  ];
}

const instantiate = (bytes: number[], extra = '') =>
  `const bytes = new Uint8Array(${JSON.stringify(bytes)});
   const { instance } = await WebAssembly.instantiate(bytes);
   const m = instance.exports.m; ${extra}
   return m.buffer.byteLength;`;

test('a module memory within the budget works, and may grow to its maximum', async () => {
  assert.equal(await run(instantiate(moduleBytes(1, 100), 'm.grow(99);')), {
    ok: true,
    value: 100 * 65536,
    logs: [],
  });
});

test('a module memory whose maximum exceeds the budget is refused', async () => {
  assert.equal(await run(instantiate(moduleBytes(200, 200))), {
    ok: false,
    code: 'ERR_SCRIPT_ERROR',
    guestName: 'RangeError',
  });
});

test('a module memory without a maximum is refused', async () => {
  assert.equal(await run(instantiate(moduleBytes(1))), {
    ok: false,
    code: 'ERR_SCRIPT_ERROR',
    guestName: 'RangeError',
  });
});

test('many instances cannot add up past the budget', async () => {
  const code = `const bytes = new Uint8Array(${JSON.stringify(moduleBytes(1, 50))});
    const module = new WebAssembly.Module(bytes);
    for (let i = 0; i < 4; i++) new WebAssembly.Instance(module);
    return 'NOT REFUSED'`;
  assert.equal(await run(code), { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' });
});

test('JS-made memories need a maximum within the budget', async () => {
  assert.equal(await run('return new WebAssembly.Memory({ initial: 1 }).buffer.byteLength'), {
    ok: false,
    code: 'ERR_SCRIPT_ERROR',
    guestName: 'RangeError',
  });
  assert.equal(await run('return new WebAssembly.Memory({ initial: 1, maximum: 500 }).buffer.byteLength'), {
    ok: false,
    code: 'ERR_SCRIPT_ERROR',
    guestName: 'RangeError',
  });
  assert.equal(await run('return new WebAssembly.Memory({ initial: 1, maximum: 16 }).buffer.byteLength'), {
    ok: true,
    value: 65536,
    logs: [],
  });
});

test('the original constructors are not reachable through prototypes', async () => {
  const code = `const bytes = new Uint8Array(${JSON.stringify(moduleBytes(1, 200).slice(0, 8))});
    const m = new WebAssembly.Module(bytes);
    const mem = new WebAssembly.Memory({ initial: 1, maximum: 1 });
    return [m.constructor === WebAssembly.Module, mem.constructor === WebAssembly.Memory,
      Object.getPrototypeOf(m).constructor === WebAssembly.Module, typeof WebAssembly.compileStreaming]`;
  assert.equal(await run(code), { ok: true, value: [true, true, true, 'undefined'], logs: [] });
});

test.after(() => rt?.dispose());
test.run();
