import { ruleTests } from './rule-tester.js';

ruleTests('global-dynamic-key', {
  valid: [
    'return globalThis.Math.max(1, 2)',
    'const o = {}; return o[input.k]',
    'class A { m(k) { return this[k] } } return new A().m("m") !== undefined',
    'const obj = { a: 1 }; const k = "a"; return obj[k]',
  ],
  invalid: [
    { code: 'return globalThis[input.k]', profiles: ['ultra-secure', 'high-security', 'tenant-isolated'] },
    'return this[input.k]',
    'const g = self; return g[input.name]',
    'return Reflect.get(globalThis, input.k)',
    'const { [input.k]: v } = globalThis; return v',
    'const g = (function () { return this })(); return g[input.k]',
    'const get = () => globalThis; return get()[input.k]',
  ],
});
