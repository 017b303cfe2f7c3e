import { ruleTests } from './rule-tester.js';

const NO_FN = ['ultra-secure', 'high-security'] as const;

ruleTests('reflect-get-indirect', {
  valid: [
    'const p = new Proxy(input, { get: (t, k) => Reflect.get(t, k) }); return p.a',
    'const read = Function.prototype.call.bind(Reflect.get); return read(null, input, "a")',
    'return Reflect.get(input, "name")',
    'class A { constructor() { this.x = 1 } } return Reflect.get(new A(), "x")',
    // Where the Function constructor is granted, the indirection reaches nothing new.
    {
      code: 'return Reflect.apply(Reflect.get, null, [() => 1, "constructor"])',
      profiles: ['tenant-isolated'],
    },
  ],
  invalid: [
    {
      code: 'const g = Function.prototype.call.bind(Reflect.get); return g(null, () => 1, "constructor")',
      profiles: NO_FN,
    },
    {
      code: 'const g = Function.prototype.apply.bind(Reflect.get); return g(null, [async () => 1, "constructor"])',
      profiles: NO_FN,
    },
    {
      code: 'return Reflect.apply(Reflect.get, undefined, [function* () {}, "constructor"])',
      profiles: NO_FN,
    },
    {
      code: 'return Function.prototype.call.call(Reflect.get, null, () => 1, "constructor")',
      profiles: NO_FN,
    },
    { code: 'const args = [() => 1, "constructor"]; return Reflect.get(...args)', profiles: NO_FN },
    { code: 'return [[() => 1, "constructor"]].map((a) => Reflect.get(...a))[0]', profiles: NO_FN },
    {
      code: 'return Promise.resolve([() => 1, "constructor"]).then((a) => Reflect.get(...a))',
      profiles: NO_FN,
    },
    {
      code: 'const keys = { c: "constructor" }; const p = new Proxy(() => 1, { get: (t, k) => Reflect.get(t, keys[k]) }); return p.c',
      profiles: NO_FN,
    },
    {
      code: 'const k = "constr" + "uctor"; return Object.getOwnPropertyDescriptor.call(Object, Object.getPrototypeOf(() => 1), k)',
      profiles: NO_FN,
    },
    {
      code: 'return [[() => 1, "constructor"]].map(Function.prototype.apply.bind(Reflect.get, null))',
      profiles: NO_FN,
    },
  ],
});
