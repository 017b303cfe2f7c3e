/*---
id: ob-comment-split-05-import-child-process
description: >-
  Spreads import('node:child_process') over three lines with comments inside the parentheses and chains a
  command on the result; import() must reject and nothing may run.
kind: malicious
category: obfuscation
technique: OB-comment-split
variant: combined
references:
  - "SES `evade-import-expression.test.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
flags: [async]
---*/
const cp = await import /*
  a harmless comment
*/ (/* module */ 'node:child_process' /* end */);
return 'ESCAPED: ' + cp.execSync('id').toString();
