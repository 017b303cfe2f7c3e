import { ruleTests } from './rule-tester.js';

ruleTests('constructor-chain', {
  valid: [
    'class A { constructor() { this.x = 1 } } return new A().x',
    'class A { name() { return this.constructor.name } } return new A().name()',
    'class B extends Array { constructor() { super() } } return new B().length',
    'return input.constructor.name',
    'const f = async () => 1; return f.constructor.name === "AsyncFunction"',
    'return { constructor: 2 }.constructor',
    'class P { clone() { return new this.constructor() } } return new P().clone() instanceof P',
    { code: 'return ({}).constructor.constructor("return 1")()', profiles: ['tenant-isolated'] },
    { code: 'try { null.x } catch ({ constructor: c }) { return c.name }', profiles: ['tenant-isolated'] },
  ],
  invalid: [
    {
      code: 'return ({}).constructor.constructor("return 1")()',
      profiles: ['ultra-secure', 'high-security'],
    },
    'return [].map.constructor("return 1")()',
    'const k = "constructor"; return ({})[k][k]("return 1")()',
    'return ({})["con" + "structor"]["con" + "structor"]("return 1")()',
    'return (async () => {}).constructor("return 1")()',
    'return Object.getPrototypeOf(function* () {}).constructor("yield 1")().next().value',
    'return (async function* () {}).constructor("yield 1")',
    'return Error.__proto__.constructor("return 1")()',
    'try { null.x } catch ({ constructor: c }) { return c.constructor("return 1")() }',
    'const { constructor: c } = () => 0; return c("return 1")()',
    'return Reflect.get(() => 0, "constructor")("return 1")()',
    'return Object.getOwnPropertyDescriptor(Function.prototype, "constructor").value("return 1")()',
    'const c = (() => 0).constructor; return c.call(null, "return 1")()',
    'let p = "x"; p = "constructor"; return ({})[p][p]("return 1")()',
    'const { ["con" + "structor"]: c } = function () {}; return c("return 1")()',
    'const g = [][`fil` + `ter`][`constr` + `uctor`]`return this```; return g',
    'return [].map.constructor`return this```',
    'const proto = Object.getPrototypeOf(Math.max); return proto["con" + "structor"]("return 1")()',
    'const [k] = Object.keys({ constructor: 1 }); return [].map[k]("return 1")()',
  ],
});
