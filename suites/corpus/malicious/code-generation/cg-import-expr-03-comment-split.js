/*---
id: cg-import-expr-03-comment-split
description: "Hides the import call behind a comment between the keyword and the parenthesis and builds the specifier by concatenation."
kind: malicious
category: code-generation
technique: CG-import-expr
variant: obfuscated
references:
  - "SES evade-import-expression.test.js"
  - "vm2 ATTACKS cat. 13"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
flags: [async]
---*/
const spec = 'node:' + 'child' + '_process';
const cp = await import/* not a call */(spec);
return typeof cp.execSync;
