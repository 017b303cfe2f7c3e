/*---
id: cg-direct-eval-03-unicode-escape
description: "Spells eval with a Unicode escape in the identifier so that a scanner matching raw source text misses it; the runtime stub must still throw."
kind: malicious
category: code-generation
technique: CG-direct-eval
variant: obfuscated
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
// \u0065val is the identifier `eval` after escape processing.
return \u0065val('typeof process');
