/*---
id: cg-direct-eval-05-scope-leak
description: "Uses direct eval to reach the caller's lexical scope and declare a var in it, the property that makes direct eval stronger than indirect eval."
kind: malicious
category: code-generation
technique: CG-direct-eval
variant: combined
references:
  - "SES rejectSomeDirectEvalExpressions"
  - "Node vm codeGeneration.strings -> EvalError (nodejs/node 70c4045)"
  - "V8 test/mjsunit/disallow-codegen-from-strings.js"
  - "Node CLI --disallow-code-generation-from-strings"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const secret = 'tenant-secret';
// A real direct eval sees `secret` and can declare `leaked` in this function's scope.
eval('var leaked = secret + "-ESCAPED"');
return typeof leaked === 'string' ? leaked : 'held';
