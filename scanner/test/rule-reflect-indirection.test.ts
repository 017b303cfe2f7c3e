import { ruleTests } from './rule-tester.js';

ruleTests('reflect-indirection', {
  valid: [
    'const o = { a: 1 }; return Reflect.get(o, "a")',
    'return Object.getOwnPropertyDescriptor({ a: 1 }, "a").value',
    'return Reflect.apply(Math.max, null, [1, 2])',
    { code: 'return Reflect.get(() => 0, "constructor").name', profiles: ['tenant-isolated'] },
  ],
  invalid: [
    { code: 'return Reflect.get(() => 0, "constructor")', profiles: ['ultra-secure', 'high-security'] },
    'return Reflect.get({}, atob("X19wcm90b19f"))',
    'return Object.getOwnPropertyDescriptor(Function.prototype, "constructor")',
    'return Reflect.apply(eval, null, ["1"])',
    'return Reflect.construct(Function, ["return 1"])',
    'return Reflect.get(globalThis, "ev" + "al")',
  ],
});
