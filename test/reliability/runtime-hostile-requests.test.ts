/**
 * Hostile requests, property-based: whatever a caller passes to `execute` (random values, random shapes,
 * cycles, BigInt, functions, getters, proxies, huge strings), the call settles with a result or a
 * SandboxError with a stable code and no host frames, and the runtime keeps serving.
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../../runtime/index.js';
import { contractBreach, PROFILES, settle } from './helpers.js';

let rt: Runtime;
// Created when the tests start, not at module load; disposed in the after hook.
test.before(() => {
  rt = createRuntime({ isolation: 'in-process', pool: { min: 1 } });
});
const MB = 2 ** 20;

const fieldValue = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
  }),
  fc.constantFrom(...PROFILES, 'nope', '', '__proto__', 'constructor'),
  fc.integer(),
  fc.double(),
);

const request = fc.record(
  {
    code: fc.oneof(fc.constantFrom('return 1', 'return input', 'for(;;){}'), fc.string(), fieldValue),
    profile: fieldValue,
    tenantId: fc.oneof(fc.string(), fieldValue),
    input: fieldValue,
    scan: fc.oneof(fc.boolean(), fieldValue),
    timeoutMs: fc.oneof(fc.integer({ min: -5, max: 300 }), fieldValue),
    extra: fieldValue,
  },
  { requiredKeys: [] },
);

test('random requests settle with a value or a coded error, never a host stack', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(request, fieldValue), async (r) => {
      const outcome = await settle(rt, r);
      assert.is(contractBreach(outcome), null);
    }),
    { numRuns: 300, seed: 20_240_601 },
  );
});

test('inputs that are not JSON data are ERR_INVALID_REQUEST', async () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const deep = JSON.parse(`${'['.repeat(5_000)}${']'.repeat(5_000)}`) as unknown;
  const inputs: unknown[] = [
    cyclic,
    { a: 10n },
    { f: () => 1 },
    // biome-ignore lint/suspicious/noThenProperty: a hostile thenable is the point
    { then: () => 1 },
    Object.defineProperty({}, 'g', { enumerable: true, get: () => 1 }),
    new Date(0),
    new Map([[1, 2]]),
    new Uint8Array(4),
    [Number.NaN],
    { s: Symbol('x') },
    deep,
    'x'.repeat(10 * MB),
  ];
  for (const input of inputs) {
    const outcome = await settle(rt, { code: 'return 1', input });
    assert.is(outcome.code, 'ERR_INVALID_REQUEST');
  }
});

test('a 10 MB snippet is refused before scanning or running', async () => {
  for (const scan of [true, false]) {
    const outcome = await settle(rt, { code: `return "${'x'.repeat(10 * MB)}"`, scan });
    assert.is(outcome.code, 'ERR_INVALID_REQUEST');
  }
});

test('proxies as requests or inputs fail with a code', async () => {
  const trap = () => {
    throw new Error('host trap');
  };
  const hostile = [
    new Proxy({ code: 'return 1' }, { ownKeys: trap }),
    { code: 'return 1', input: new Proxy({}, { ownKeys: trap }) },
    { code: 'return 1', input: new Proxy({ a: 1 }, { getPrototypeOf: trap }) },
  ];
  for (const r of hostile) assert.is(contractBreach(await settle(rt, r)), null);
});

// Found by this suite (fixed): a request whose field getter throws rejected with the getter's own Error
// (uncoded, host stack), because the failure path read `request.code` again to fill the audit record.
test('a request with a throwing getter fails with a code', async () => {
  for (const field of ['code', 'profile', 'tenantId', 'input', 'scan']) {
    const r = Object.defineProperty({ code: 'return 1' }, field, {
      enumerable: true,
      get() {
        throw new Error('host getter');
      },
    });
    assert.is(contractBreach(await settle(rt, r)), null);
  }
});

test('the runtime still serves after the hostile requests', async () => {
  assert.equal(await settle(rt, { code: 'return 6 * 7' }), { code: 'ok', value: 42 });
});

test.after(() => rt?.dispose());
test.run();
