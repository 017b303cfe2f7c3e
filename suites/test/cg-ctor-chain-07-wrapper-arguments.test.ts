/**
 * Attack `cg-ctor-chain-07-wrapper-arguments`: walk `.constructor.constructor` from the wrapper's
 * `arguments` and from `globalThis`. A `node:vm` context made from a host object answers
 * `globalThis.constructor` (and every other `Object.prototype` name) from that host object, so the walk
 * reached the host's Function, whose code generation `codeGeneration: { strings: false }` does not govern:
 * both node:vm adapters built on the kit's wrapper returned `ESCAPED`. The wrapper (`sandproof/adapter`)
 * now seals the global to the guest realm before the guest runs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import createHardened from '../adapters/examples/node-vm-hardened.js';
import { decodeWrapperResult, wrapForAdapter } from '../adapters/guest-wrapper.js';
import { createNodeVmAdapter } from '../adapters/node-vm-adapter.js';

const SAMPLE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'corpus',
  'malicious',
  'code-generation',
  'cg-ctor-chain-07-wrapper-arguments.js',
);
const attack = readFileSync(SAMPLE, 'utf8').replace(/\/\*---[\s\S]*?---\*\//, '');

async function inHostObjectContext(code: string): Promise<unknown> {
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  const result = decodeWrapperResult(String(await vm.runInContext(wrapForAdapter(code), context)));
  assert.is(result.kind, 'value', JSON.stringify(result));
  return result.kind === 'value' ? result.value : undefined;
}

test('the wrapper in a context made from a host object: the constructor walk is held', async () => {
  assert.is(await inHostObjectContext(attack), 'held');
});

test('every Object.prototype name on the global is the guest realm own, __proto__ included', async () => {
  const value = await inHostObjectContext(`
    const proto = ({}).__proto__, bad = [];
    for (const key of Object.getOwnPropertyNames(proto)) {
      const seen = key === '__proto__' ? globalThis.__proto__ : globalThis[key];
      if (seen !== (key === '__proto__' ? proto : proto[key])) bad.push(key);
    }
    try { globalThis.toString.constructor('return 1')(); bad.push('toString compiles'); } catch {}
    return bad;`);
  assert.equal(value, []);
});

test('the seal adds no enumerable global and leaves the guest its own globals', async () => {
  const value = await inHostObjectContext(
    'globalThis.x = 1; return [Object.keys(globalThis).join(), typeof JSON, String(globalThis)];',
  );
  assert.equal(value, ['x', 'object', '[object Object]']);
});

for (const [name, make] of [
  ['node-vm', createNodeVmAdapter],
  ['node-vm-hardened', createHardened],
] as const) {
  test(`${name} adapter: cg-ctor-chain-07-wrapper-arguments is held`, async () => {
    const adapter = make();
    try {
      const outcome = await adapter.execute(
        { id: 'cg-ctor-chain-07-wrapper-arguments', code: attack },
        { profile: 'ultra-secure', tenantId: 't', scan: false, timeoutMs: 2000 },
      );
      assert.equal(outcome.status === 'completed' ? outcome.value : outcome, 'held');
    } finally {
      await adapter.dispose();
    }
  });
}

test.run();
