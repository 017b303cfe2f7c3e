import { ruleTests } from './rule-tester.js';

ruleTests('prototype-reach-write', {
  valid: [
    'function Animal(n) { this.n = n } Animal.prototype.speak = function () { return this.n }; return new Animal("x").speak()',
    'class C {} C.prototype.extra = 1; return new C().extra',
    'const Point = function (x) { this.x = x }; Point.prototype.len = 1; return new Point(1).len',
    'const o = { prototype: 1 }; return o.prototype + 1',
    'const p = Object.getPrototypeOf(input); return p === Object.prototype',
    'input.items.push(1); return input.items.constructor.name',
    'const o = {}; Object.assign(o, { a: 1 }); return o',
    // A helper only the snippet's own calls invoke, with its own classes (or not at all).
    'function inherit(C) { C.prototype.tag = 1 } class Mine {} inherit(Mine); return new Mine().tag',
    'function mix(target) { target.prototype.m = () => 1; return target } return typeof mix',
  ],
  invalid: [
    {
      code: 'input.constructor.prototype.flag = 1',
      profiles: ['ultra-secure', 'high-security', 'tenant-isolated'],
    },
    'const r = /a/g; r.constructor.prototype.extra = () => 1',
    'const P = Object.getPrototypeOf(Object.getPrototypeOf(new Set())); P.flag = true',
    'const up = Reflect.getPrototypeOf; up(up(new WeakMap())).flag = 1',
    'const it = [].keys(); Object.getPrototypeOf(Object.getPrototypeOf(it)).flag = 1',
    'Iterator.prototype.flag = 1',
    'input.tags.constructor.prototype.count ??= 0',
    'const n = 7; n.constructor.prototype.toString += ""',
    'const d = new Date(); delete d.constructor.prototype.getDay',
    'Object.defineProperty(JSON.parse("[]").constructor.prototype, "x", { value: 1 })',
    'Reflect.set((0).constructor.prototype, "y", 1)',
    'Object.assign(input.constructor.prototype, { admin: true })',
    'const P = "s".constructor.prototype; P.__defineGetter__("g", () => 1)',
    'input.constructor.prototype.__defineSetter__("s", function () {})',
    'function* walk() { yield Object.getPrototypeOf({}); } for (const p of walk()) p.flag = 1',
    'function inherit(C) { C.prototype.tag = 1 } [Array].forEach(inherit)',
    'new Set([Array]).forEach((C) => { C.prototype.tag = 1 })',
    'function inherit(C) { C.prototype.tag = 1 } inherit(input.constructor)',
    'const a = Array.from("xy"); const AP = a.constructor.prototype; AP.includes = () => true',
    {
      code: 'const _ = require("lodash"); _.set(input.constructor.prototype, "x", 1)',
      profiles: ['high-security'],
    },
    {
      code: 'const _ = require("lodash"); _.defaults(Object.getPrototypeOf({}), { x: 1 })',
      profiles: ['high-security'],
    },
  ],
});
