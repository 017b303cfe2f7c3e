/**
 * The builtins V8 13 (Node 24) added, each handled on purpose (SECURITY.md, "Engine"): `Iterator`,
 * `Float16Array` and explicit resource management (`SuppressedError`, `DisposableStack`,
 * `AsyncDisposableStack`, `using`) are kept and must be the sandbox's own, with their code-generation
 * paths blocked like every other function's; JSPI, `JSTag`, `SuspendError` and anything else new on the
 * `WebAssembly` namespace are removed (fail closed); `Atomics.waitAsync` stays removed.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime } from '../runtime.js';
import { outcome, PROFILES } from './helpers.js';

const rt = createRuntime({ isolation: 'in-process', pool: { min: 0, max: 2 } });
const run = (code: string, profile: string) => outcome(rt, { code, profile, scan: false });

const NEW_GLOBALS = [
  'Iterator',
  'Float16Array',
  'SuppressedError',
  'DisposableStack',
  'AsyncDisposableStack',
];

for (const profile of PROFILES) {
  test(`${profile}: the new globals are present and belong to the sandbox realm`, async () => {
    const o = await run(
      `const iterProto = Object.getPrototypeOf(Object.getPrototypeOf([].values()));
       return [
         ${JSON.stringify(NEW_GLOBALS)}.filter((n) => typeof globalThis[n] !== 'function'),
         Iterator.prototype === iterProto,
         Object.getPrototypeOf(Float16Array) === Object.getPrototypeOf(Uint8Array),
         Object.getPrototypeOf(SuppressedError) === Error,
         Object.getPrototypeOf(DisposableStack.prototype) === Object.prototype,
       ];`,
      profile,
    );
    assert.equal(o, { ok: true, value: [[], true, true, true, true], logs: [] });
  });

  const blocked = profile !== 'tenant-isolated';
  test(`${profile}: iterator helpers and disposal stacks are no code-generation path`, async () => {
    const o = await run(
      `const paths = [
         () => Iterator.prototype.map.constructor('return 1'),
         () => Iterator.from([1]).map((x) => x).constructor.constructor('return 1'),
         () => DisposableStack.prototype.use.constructor('return 1'),
         () => new AsyncDisposableStack().disposeAsync.constructor('return 1'),
         () => Float16Array.from.constructor('return 1'),
       ];
       return paths.map((p) => { try { return typeof p(); } catch (e) { return e.name; } });`,
      profile,
    );
    const expected = blocked ? 'EvalError' : 'function';
    assert.equal(o, { ok: true, value: [expected, expected, expected, expected, expected], logs: [] });
  });

  test(`${profile}: a disposal error is a sandbox SuppressedError that reaches no host realm`, async () => {
    const o = await run(
      `try {
         using a = { [Symbol.dispose]() { throw new TypeError('in dispose'); } };
         throw new RangeError('in body');
       } catch (e) {
         let reached;
         try { reached = typeof e.constructor.constructor('return this')().process; } catch (x) { reached = x.name; }
         return [e instanceof SuppressedError, e.error.name, e.suppressed.name, reached];
       }`,
      profile,
    );
    assert.equal(o, {
      ok: true,
      value: [true, 'TypeError', 'RangeError', blocked ? 'EvalError' : 'undefined'],
      logs: [],
    });
  });

  test(`${profile}: Float16Array memory counts against the budget`, async () => {
    // 5 * 2 ** 20 half-floats are 10 MiB, over every built-in budget; kept reachable, so held at completion.
    const o = await run(
      'const a = new Float16Array(5 * 2 ** 20); a[1] = 1; globalThis.keep = a; return a.length',
      profile,
    );
    assert.equal(o, { ok: false, code: 'ERR_MEMORY_LIMIT' });
  });
}

test('tenant-isolated: WebAssembly keeps its allowlisted members only (no JSPI, JSTag, streaming)', async () => {
  const o = await run('return Reflect.ownKeys(WebAssembly).map(String).sort()', 'tenant-isolated');
  const kept = [
    'compile',
    'validate',
    'instantiate',
    'Module',
    'Instance',
    'Memory',
    'Table',
    'Global',
    'Tag',
  ];
  const errors = ['Exception', 'CompileError', 'LinkError', 'RuntimeError', 'Symbol(Symbol.toStringTag)'];
  assert.equal(o, { ok: true, value: [...kept, ...errors].sort(), logs: [] });
});

test('Atomics.waitAsync stays removed where Atomics exists', async () => {
  for (const profile of ['high-security', 'tenant-isolated']) {
    const o = await run('return [typeof Atomics.waitAsync, typeof Atomics.wait]', profile);
    assert.equal(o, { ok: true, value: ['undefined', 'function'], logs: [] });
  }
});

test.after(async () => {
  await rt.dispose();
});

test.run();
