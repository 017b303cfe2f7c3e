import { ruleTests } from './rule-tester.js';

ruleTests('unresolved-callee', {
  valid: [
    'return Array.prototype.map.call([1, 2], (x) => x * 2)',
    'return Object.getOwnPropertyDescriptors({ a: 1 })[input.k]',
    // Dispatch through the snippet's own objects is not a lost value.
    'const handlers = { add: (a, b) => a + b }; return handlers[input.op](1, 2);',
    'const fns = [Math.min, Math.max]; return fns[input.i | 0](1, 2);',
    // One unresolvable read of a namespace object yields a method or Object, neither generates code.
    'const m = input.m; return Math[m](1.5);',
    'return Math[input.neg ? "ceil" : "floor"](2.5);',
    // `new value.constructor(data)` clones; it is not given code.
    'const v = input.d; return new v.constructor(v.valueOf());',
    // Free names that are no builtins are the snippet's own closure variables.
    'function f(name) { return locales[name].set(1) } return typeof f;',
    // Function constructor allowed.
    { code: 'const k = input.k; return (() => 0)[k]("return 1")();', profiles: ['tenant-isolated'] },
  ],
  invalid: [
    {
      code: 'const k = [...input.parts].join(""); return Array.prototype.map[k]("return 1")()',
      profiles: ['ultra-secure', 'high-security'],
    },
    'return String.prototype.trim[input.k]("return 1")()',
    'return Math.max[input.k]("return 1")()',
    'const d = Object.getOwnPropertyDescriptors(globalThis); return d[input.k].value("1")',
    'const d = Object.getOwnPropertyDescriptors(Function.prototype); return d[input.k].value("return 1")()',
    'const k = input.k; return (() => 0)[k]("return 1")();',
    'const f = function () {}; return f[input.a][input.b]("return 1")();',
    'return JSON.parse[input.k]("return 1")();',
    'const fn = () => 1; const C = fn[input.k]; return C("return process")();',
    'const p = Object.getPrototypeOf(() => 0); return p[input.k]("return 1")();',
    'return Math[input.a][input.b]("return 1")();',
    'let k = ""; for (const c of input.chars) k += c; return (() => 0)[k]("return 1")();',
    'const m = "".at; return m[input.k].call(null, "return process")();',
    'return Reflect.apply(parseInt[input.k], null, ["return 1"])();',
    'const get = (o) => o.constructor; return get(get(input))("return 1")();',
    'const C = input.x.constructor; return new C("return process");',
    { code: 'return (() => 0)[input.k]("return 1")();', profiles: ['ultra-secure', 'high-security'] },
  ],
});
