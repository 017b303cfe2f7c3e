import { ruleTests } from './rule-tester.js';

ruleTests('prepare-stack-trace', {
  valid: [
    'try { null.x } catch (e) { return String(e.stack).length > 0 }',
    'const o = { prepareStackTrace: 1 }; return o.prepareStackTrace',
    'class MyError extends Error {} return new MyError("x").message',
  ],
  invalid: [
    {
      code: 'Error.prepareStackTrace = (e, cs) => cs.map((c) => c.getThis())',
      profiles: ['ultra-secure', 'high-security', 'tenant-isolated'],
    },
    'Error.stackTraceLimit = Infinity',
    'return Error["prepare" + "StackTrace"]',
    'Object.defineProperty(Error, "prepareStackTrace", { value: () => 1 })',
    'class E extends Error { constructor() { super(); Error.captureStackTrace(this, E) } } return 1',
  ],
});
