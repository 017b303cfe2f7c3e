import { ruleTests } from './rule-tester.js';

const ALL = ['ultra-secure', 'high-security', 'tenant-isolated'] as const;

ruleTests('escaped-intrinsic', {
  valid: [
    // The global object and Error named directly, read with keys, compared, extended: nothing escapes.
    'const ok = typeof globalThis.structuredClone === "function"; const m = {}; return m[input.k] ?? ok',
    'class AppError extends Error {} try { f() } catch (e) { return e instanceof TypeError } return input[input.k]',
    'if ([TypeError, RangeError].some((E) => input.e instanceof E)) return 1; return input.rows[input.col]',
    'Error.captureStackTrace(input); return input.data[input.key]',
    'const g = globalThis; return g.Math.max(input.a[input.i], 1)',
    // No escape at all: computed keys on data are not findings.
    'const counts = {}; for (const w of input.words) counts[w] = (counts[w] ?? 0) + 1; return counts',
  ],
  invalid: [
    {
      code: 'const g = new Set([globalThis]).values().next().value; return g[input.k](input.code)',
      profiles: ALL,
    },
    { code: 'const o = Object.fromEntries([["r", globalThis]]); return o.r[input.k]', profiles: ALL },
    {
      code: 'class Keep { static r; static { Keep.r = globalThis } } return Keep.r[input.name]',
      profiles: ALL,
    },
    { code: 'const g = [[globalThis]].flat()[0]; return g[input.k]', profiles: ALL },
    { code: "const g = Object.groupBy([globalThis], () => 'k').k[0]; return g[input.k]", profiles: ALL },
    {
      code: 'let G; const box = { set v(x) { G = x } }; box.v = globalThis; return G[input.k]',
      profiles: ALL,
    },
    { code: 'const g = await new Promise((ok) => ok(globalThis)); return g[input.k]', profiles: ALL },
    { code: 'const g = await { then(ok) { ok(globalThis) } }; return g[input.k]', profiles: ALL },
    {
      code: 'function* gen() { const v = yield; return v } const it = gen(); it.next(); return it.next(globalThis).value[input.k]',
      profiles: ALL,
    },
    {
      code: 'class B { #r = globalThis; get() { return this.#r } } return new B().get().process',
      profiles: ALL,
    },
    {
      code: 'const g = new WeakRef(globalThis).deref(); const { [input.k]: v } = g; return v',
      profiles: ALL,
    },
    {
      code: 'const C = Reflect.get(() => {}, "constructor"); return C("return this")()[input.k]',
      profiles: ['tenant-isolated'],
    },
    {
      code: 'const E = new Set([RangeError]).values().next().value; E[input.k] = (e, s) => s',
      profiles: ALL,
    },
    {
      code: 'const E = [TypeError].map(Object.getPrototypeOf).pop(); Object.assign(E, { [input.k]: 1 })',
      profiles: ALL,
    },
    {
      code: 'const E = new Map([[0, Error]]).values().next().value; return Object.getOwnPropertyNames(E)',
      profiles: ALL,
    },
    {
      code: 'const E = Object.fromEntries([["e", Error]]).e; Reflect.defineProperty(E, input.k, { value: 1 })',
      profiles: ALL,
    },
  ],
});
