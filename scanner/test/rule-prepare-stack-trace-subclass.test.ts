import { ruleTests } from './rule-tester.js';

// Error.captureStackTrace inherited by the Error subclasses.
ruleTests('prepare-stack-trace', {
  valid: ['const e = new TypeError("x"); return e.message', 'return RangeError.name'],
  invalid: [
    'const o = {}; TypeError.captureStackTrace(o); return o.stack',
    'const o = {}; RangeError["capture" + "StackTrace"](o); return typeof o.stack',
  ],
});
