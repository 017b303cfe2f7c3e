/*---
id: cg-direct-eval-04-comment-split
description: "Splits the direct eval call across a comment and a newline and wraps the callee in parentheses, which still counts as a direct eval in the grammar."
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
const code = 'glob' + 'alThis.__SANDPROOF_CANARY__';
// `(eval)(x)` is still a direct eval; the comment and newline only defeat token-adjacent matching.
return (eval) /* harmless? */
  (code);
