/**
 * A hostile value passed as a request's `input` is the caller's bad request: `ERR_INVALID_REQUEST` naming
 * the path at fault, counted once, with its audit record; never `ERR_INTERNAL`, never a hang.
 * Found: a Proxy whose `ownKeys` trap threw made execute() reject with `ERR_INTERNAL` (so did a throwing
 * `get`, `getOwnPropertyDescriptor` or `getPrototypeOf` trap, a revoked Proxy, and an array whose
 * prototype has a throwing `toJSON`), and an input that shares its nodes (60 levels of `{ a: x, b: x }`)
 * held the host in JSON.stringify for minutes.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SandboxError } from '../errors.js';
import { createRuntime, type Runtime } from '../runtime.js';

const thrower = (): never => {
  throw new Error('trap');
};

/** Each attack: the input, and the field the refusal names. */
const attacks: { name: string; input: () => unknown; field: string }[] = [
  {
    name: 'a Proxy whose ownKeys trap throws',
    input: () => new Proxy({}, { ownKeys: thrower }),
    field: 'input',
  },
  {
    name: 'a Proxy whose getOwnPropertyDescriptor trap throws',
    input: () => ({ outer: new Proxy({ a: 1 }, { getOwnPropertyDescriptor: thrower }) }),
    field: 'input.outer.a',
  },
  {
    name: 'a Proxy whose getPrototypeOf trap throws',
    input: () => new Proxy({ a: 1 }, { getPrototypeOf: thrower }),
    field: 'input',
  },
  {
    name: 'a Proxy of an array whose get trap throws on length',
    input: () => new Proxy([1, 2], { getOwnPropertyDescriptor: thrower }),
    field: 'input.length',
  },
  {
    name: 'a revoked Proxy',
    input: () => {
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      return { list: proxy };
    },
    field: 'input.list',
  },
  {
    name: 'a getter that throws',
    input: () => Object.defineProperty({}, 'g', { get: thrower, enumerable: true }),
    field: 'input.g',
  },
  { name: 'an own toJSON that throws', input: () => ({ toJSON: thrower }), field: 'input.toJSON' },
  {
    name: 'an object whose prototype has a toJSON that throws',
    input: () => Object.create({ toJSON: thrower }),
    field: 'input',
  },
  {
    name: 'a cycle through an array',
    input: () => {
      const list: unknown[] = [];
      list.push({ list });
      return list;
    },
    field: 'input[0].list',
  },
  { name: 'a BigInt', input: () => ({ n: 2n ** 64n }), field: 'input.n' },
  { name: 'a symbol', input: () => [Symbol('s')], field: 'input[0]' },
  { name: 'a function', input: () => ({ f: thrower }), field: 'input.f' },
  { name: 'a Map', input: () => ({ m: new Map([[1, 2]]) }), field: 'input.m' },
  { name: 'a typed array', input: () => new Uint8Array(4), field: 'input' },
  { name: 'a boxed string', input: () => ({ s: Object('text') }), field: 'input.s' },
  {
    name: 'an input sharing its nodes so that its JSON is 2^60 times longer',
    input: () => {
      let node: unknown = { leaf: 1 };
      for (let i = 0; i < 60; i++) node = { a: node, b: node };
      return node;
    },
    field: 'input',
  },
  {
    name: 'an array whose length is 2^32 - 1',
    input: () => {
      const list: unknown[] = [];
      list.length = 2 ** 32 - 1;
      return list;
    },
    field: 'input',
  },
  {
    name: 'a key made to look like a path',
    input: () => ({ 'a.b': 10n }),
    field: 'input["a.b"]',
  },
];

/**
 * Request fields that are not text and whose conversion to text throws. Found: the audit record of the
 * refusal converted them with String(), so execute() rejected with the caller's own error (a TypeError
 * for a null-prototype object), with no audit record and uncounted, or with ERR_INTERNAL for a tenantId.
 */
const hostileFields: { name: string; request: Record<string, unknown>; field: string }[] = [
  {
    name: 'a profile that is a null-prototype object',
    request: { code: 'return 1', profile: Object.create(null) },
    field: 'profile',
  },
  {
    name: 'a profile whose toString throws',
    request: { code: 'return 1', profile: { toString: thrower } },
    field: 'profile',
  },
  {
    name: 'a tenantId whose Symbol.toPrimitive throws',
    request: { code: 'return 1', tenantId: { [Symbol.toPrimitive]: thrower } },
    field: 'tenantId',
  },
  { name: 'code whose toString throws', request: { code: { toString: thrower } }, field: 'code' },
];

for (const isolation of ['in-process', 'process'] as const) {
  const test = suite(isolation);
  let rt: Runtime;
  test.before(() => {
    rt = createRuntime({ isolation, processes: 1, pool: { min: 0 } });
  });
  test.after(async () => {
    await rt.dispose();
  });

  test(`${isolation}: hostile input values are refused as ERR_INVALID_REQUEST, counted once, audited`, async () => {
    const seen: string[] = [];
    for (const attack of attacks) {
      try {
        await rt.execute({ code: 'return 1', input: attack.input(), scan: false });
        assert.unreachable(`${attack.name}: must be refused`);
      } catch (error) {
        assert.instance(error, SandboxError, `${attack.name}: ${String(error)}`);
        const e = error as SandboxError;
        assert.is(e.code, 'ERR_INVALID_REQUEST', `${attack.name}: ${e.message}`);
        assert.is(e.field, attack.field, attack.name);
        assert.ok(e.message.startsWith(`invalid request: ${attack.field} `), e.message);
        seen.push(e.executionId as string);
      }
    }
    const records = rt.audit.records();
    assert.equal(
      records.map((r) => [r.executionId, r.outcome, r.errorCode]),
      seen.map((id) => [id, 'error', 'ERR_INVALID_REQUEST']),
    );
    const { total } = rt.metrics();
    assert.equal(
      [total.count, total.errorsByCode],
      [attacks.length, { ERR_INVALID_REQUEST: attacks.length }],
    );
  });

  test(`${isolation}: request fields whose conversion to text throws are refused, counted once, audited`, async () => {
    const before = rt.audit.records().length;
    const count = rt.metrics().total.count;
    for (const attack of hostileFields) {
      try {
        await rt.execute(attack.request as never);
        assert.unreachable(`${attack.name}: must be refused`);
      } catch (error) {
        assert.instance(error, SandboxError, `${attack.name}: ${String(error)}`);
        assert.is((error as SandboxError).code, 'ERR_INVALID_REQUEST', attack.name);
        assert.is((error as SandboxError).field, attack.field, attack.name);
      }
    }
    const records = rt.audit.records().slice(before);
    assert.equal(
      records.map((r) => [r.profile, r.tenantId, r.errorCode]),
      hostileFields.map(() => ['unknown', 'unknown', 'ERR_INVALID_REQUEST']),
    );
    assert.is(rt.metrics().total.count - count, hostileFields.length);
  });

  test(`${isolation}: an array whose prototype has a toJSON that throws is copied by its elements; toJSON never runs`, async () => {
    const list = [1, 'two'];
    Object.setPrototypeOf(list, Object.assign(Object.create(Array.prototype), { toJSON: thrower }));
    const result = await rt.execute({ code: 'return input', input: { list }, scan: false });
    assert.equal(result.value, { list: [1, 'two'] });
  });

  test(`${isolation}: a Proxy input is read once, by descriptors; its get trap never runs`, async () => {
    const calls: Record<string, number> = {};
    const bump = (trap: string) => {
      calls[trap] = (calls[trap] ?? 0) + 1;
    };
    let reads = 0;
    const input = new Proxy(
      { a: 1, list: [1, 2] },
      {
        get: (target, key) => {
          bump('get');
          return Reflect.get(target, key);
        },
        ownKeys: (target) => {
          bump('ownKeys');
          return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor: (target, key) => {
          bump(`getOwnPropertyDescriptor ${String(key)}`);
          // A second read of `a` would see a function: only the first is ever taken.
          const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
          if (key === 'a' && descriptor !== undefined && reads++ > 0) descriptor.value = thrower;
          return descriptor;
        },
      },
    );
    const result = await rt.execute({ code: 'return input', input, scan: false });
    assert.equal(result.value, { a: 1, list: [1, 2] });
    assert.equal(calls, {
      ownKeys: 1,
      'getOwnPropertyDescriptor a': 1,
      'getOwnPropertyDescriptor list': 1,
    });
  });

  test.run();
}
