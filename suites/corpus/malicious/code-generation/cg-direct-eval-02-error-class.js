/*---
id: cg-direct-eval-02-error-class
description: "Calls eval and inspects what was thrown, checking that the refusal is a same-realm EvalError rather than a silent success or a foreign error."
kind: malicious
category: code-generation
technique: CG-direct-eval
variant: plain
references:
  - "SES rejectSomeDirectEvalExpressions"
  - "Node vm codeGeneration.strings -> EvalError (nodejs/node 70c4045)"
  - "V8 test/mjsunit/disallow-codegen-from-strings.js"
  - "Node CLI --disallow-code-generation-from-strings"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
let result;
try {
  result = eval('"ESC" + "APED"');
} catch (e) {
  // A same-realm EvalError is the contract; anything else (or no error) is reported.
  if (e instanceof EvalError && Object.getPrototypeOf(e) === EvalError.prototype) return 'held';
  return 'unexpected:' + (e && e.name);
}
return 'ESCAPED: eval returned ' + String(result);
