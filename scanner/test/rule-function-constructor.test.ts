import { ruleTests } from './rule-tester.js';

ruleTests('function-constructor', {
  valid: [
    'return typeof input === "function"',
    'return (() => 1) instanceof Function',
    'const Function = 1; return Function',
    { code: 'return Function("return 1")()', profiles: ['tenant-isolated'] },
    'return { Function: 1 }.Function',
  ],
  invalid: [
    { code: 'return Function("return this")()', profiles: ['ultra-secure', 'high-security'] },
    'return new Function("a", "return a")(1)',
    'return Function`return this`',
    'return globalThis["Func" + "tion"]("return 1")()',
    'return Reflect.construct(Function, ["return 1"])()',
    'const F = Function; return F("return 1")()',
  ],
});
