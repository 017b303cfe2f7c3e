/*---
id: cg-direct-eval-07-async-input
description: "Awaits first, then evaluates attacker-controlled source taken from the input inside a template literal, so the evaluated text never appears in the snippet."
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
input: { code: "typeof process === 'object' ? 'ESCAPED' : 'no process'" }
flags: [async]
---*/
await null;
const src = `${input.code}`;
return eval(src);
