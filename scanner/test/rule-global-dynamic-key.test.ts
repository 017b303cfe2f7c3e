import { ruleTests } from './rule-tester.js';

ruleTests('global-dynamic-key', {
  valid: [
    'return Object.keys(globalThis).length',
    'return Object.create({ a: 1 })[input.k]',
    'return Object.values({ a: 1 }).length',
    'return globalThis.Math.max(1, 2)',
    'const o = {}; return o[input.k]',
    'class A { m(k) { return this[k] } } return new A().m("m") !== undefined',
    'const obj = { a: 1 }; const k = "a"; return obj[k]',
  ],
  invalid: [
    {
      code: 'const g = Object.create(globalThis); return g[input.k]',
      profiles: ['ultra-secure', 'high-security', 'tenant-isolated'],
    },
    'return Object.getOwnPropertyDescriptors(globalThis)',
    'const m = new Map(Object.entries(Object.getOwnPropertyDescriptors(globalThis))); return m.get(input.k).value',
    'return Object.values(self).find((v) => v && v.name === input.n)',
    'return Object.entries(globalThis).length',
    { code: 'return globalThis[input.k]', profiles: ['ultra-secure', 'high-security', 'tenant-isolated'] },
    'return this[input.k]',
    'const g = self; return g[input.name]',
    'return Reflect.get(globalThis, input.k)',
    'const { [input.k]: v } = globalThis; return v',
    'const g = (function () { return this })(); return g[input.k]',
    'const get = () => globalThis; return get()[input.k]',
  ],
});
