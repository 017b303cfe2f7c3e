import { ruleTests } from './rule-tester.js';

const NO_FN = ['ultra-secure', 'high-security'] as const;
const ALL = ['ultra-secure', 'high-security', 'tenant-isolated'] as const;

ruleTests('descriptor-walk', {
  valid: [
    'return Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2 } })',
    'class C { m() {} } return Object.getOwnPropertyNames(C.prototype)',
    'return Object.getOwnPropertyNames(Object.getPrototypeOf(input.obj))',
    'const d = Object.getOwnPropertyDescriptor(input, "name"); return d && d.value',
    'return Object.getOwnPropertyNames(Math).length',
    // Where the Function constructor is granted, enumerating a function prototype gains nothing.
    {
      code: 'return Object.getOwnPropertyDescriptors(Object.getPrototypeOf(async () => {}))',
      profiles: ['tenant-isolated'],
    },
  ],
  invalid: [
    {
      code: 'const P = Object.getPrototypeOf(function* () {}); const d = Object.getOwnPropertyDescriptors(P); return Object.values(d)',
      profiles: NO_FN,
    },
    {
      code: 'const fns = Object.getOwnPropertyDescriptors(Object.getPrototypeOf(Math.min)); for (const k in fns) if (k.length === 11) return fns[k].value',
      profiles: NO_FN,
    },
    {
      code: 'const all = { ...Object.getOwnPropertyDescriptors(Function.prototype) }; return all',
      profiles: NO_FN,
    },
    {
      code: 'const f = input.fn; return Object.getOwnPropertyDescriptors(Object.getPrototypeOf(f))',
      profiles: NO_FN,
    },
    { code: 'return Reflect.ownKeys(Object.getPrototypeOf(async function* () {}))', profiles: NO_FN },
    {
      code: 'function pick(fn, d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(fn), "constructor")) { return d } return pick',
      profiles: NO_FN,
    },
    {
      code: 'return Object.getOwnPropertyDescriptor.call(Object, Object.getPrototypeOf(() => 1), "constructor")',
      profiles: NO_FN,
    },
    { code: 'return Object.getOwnPropertyNames(RangeError)', profiles: ALL },
    {
      code: 'return Object.values(Object.getOwnPropertyDescriptors(Error)).map((d) => d.value)',
      profiles: ALL,
    },
  ],
});
