import { ruleTests } from './rule-tester.js';

ruleTests('prototype-write', {
  valid: [
    'const o = {}; o.__defineGetter__("x", () => 1); return o.x',
    'function Animal(n) { this.n = n } Animal.prototype.speak = function () { return this.n }; return new Animal("x").speak()',
    'class C {} C.prototype.extra = 1; return new C().extra',
    'const o = Object.freeze({ a: 1 }); return Object.isFrozen(o)',
    'const o = {}; Object.defineProperty(o, "x", { value: 1 }); return o.x',
    'const o = Object.assign({}, { a: 1 }); return o.a',
    'input.x = 1; return input',
    'const p = Object.create(null); Object.setPrototypeOf(p, {}); return 1',
  ],
  invalid: [
    {
      code: 'function merge(t, s) { for (const k in s) { if (typeof s[k] === "object") merge(t[k], s[k]); else t[k] = s[k]; } } merge({}, JSON.parse(input.j)); return 1',
      profiles: ['ultra-secure', 'high-security', 'tenant-isolated'],
    },
    'function merge(t, s) { for (const k in s) { if (s[k] && typeof s[k] === "object") merge(t[k], s[k]); else t[k] = s[k]; } } merge({}, JSON.parse(`{"__proto__": {"x": 1}}`)); return 1',
    'const o = {}; const t = o[input.a]; t[input.b] = 1; return 1',
    'Array.prototype.__defineGetter__("x", () => 1); return [].x',
    'Object.prototype.__defineSetter__("x", () => 1); return 1',
    { code: 'Array.prototype.map = null', profiles: ['ultra-secure', 'high-security', 'tenant-isolated'] },
    'Object.prototype.then = (r) => r(1)',
    'Object.defineProperty(Array.prototype, 0, { set(v) {} })',
    'Object.setPrototypeOf(Array.prototype, null)',
    'const o = {}; o.__proto__.polluted = 1',
    'const o = {}; o.__proto__ = null',
    '[].__proto__.push = null',
    'Object.getPrototypeOf([]).push = null',
    'JSON.parse = (s) => s',
    'delete Array.prototype.map',
    'Function.prototype.call = null',
    'Object.freeze(Array.prototype)',
    'globalThis.console = {}',
    'Object.assign(Object.prototype, { x: 1 })',
  ],
});
