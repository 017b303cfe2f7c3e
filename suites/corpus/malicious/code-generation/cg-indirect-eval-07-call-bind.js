/*---
id: cg-indirect-eval-07-call-bind
description: "Invokes eval through Function.prototype.call, apply and a bound copy, since a stub that only guards one call path would let another through."
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: combined
references:
  - "SES test/confinement.test.js"
expect:
  ultra-secure: { outcome: contained, value: "EvalError,EvalError,EvalError" }
  high-security: { outcome: contained, value: "EvalError,EvalError,EvalError" }
  tenant-isolated: { outcome: contained, value: "EvalError,EvalError,EvalError" }
---*/
const attempts = [
  () => Function.prototype.call.call(eval, null, '1'),
  () => Function.prototype.apply.call(eval, null, ['1']),
  () => eval.bind(null)('1'),
];
return attempts.map((attempt) => {
  try { attempt(); return 'ESCAPED'; } catch (e) { return e.name; }
}).join(',');
