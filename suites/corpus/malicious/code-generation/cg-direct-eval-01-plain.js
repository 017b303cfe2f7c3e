/*---
id: cg-direct-eval-01-plain
description: "Calls eval on a string directly, the most basic code-generation attempt; every profile must refuse it with an EvalError."
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
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
// Direct eval: if string compilation works, the snippet can build any code at run time.
return eval('1 + 1');
