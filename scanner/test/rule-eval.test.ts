import { ruleTests } from './rule-tester.js';

ruleTests('eval', {
  valid: [
    'return "use eval?"',
    '// eval(x) here is a comment\nreturn 1',
    'return { eval: 1 }',
    'const config = { eval: true }; return config.eval',
    'const m = new Map([["eval", 1]]); return m.get("eval")',
    'return input.evaluate',
  ],
  invalid: [
    { code: 'return eval("1")', profiles: ['ultra-secure', 'high-security', 'tenant-isolated'] },
    'const e = eval; return e("1")',
    'return (0, eval)("1")',
    'return globalThis["ev" + "al"]("1")',
    'return self[`ev${"a"}l`]("1")',
    'return this[String.fromCharCode(101, 118, 97, 108)]("1")',
    'return globalThis[atob("ZXZhbA==")]("1")',
    'return \\u0065val("1")',
    'return \\u{65}val("1")',
    'const { eval: e } = globalThis; return e("1")',
    'return Reflect.get(globalThis, "eval")("1")',
    'const g = (function () { return this })(); return g.eval("1")',
    'return eval.call(null, "1")',
    'return new ShadowRealm().evaluate("1")',
    'return window.eval("1")',
  ],
});
