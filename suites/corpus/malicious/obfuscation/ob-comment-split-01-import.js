/*---
id: ob-comment-split-01-import
description: >-
  Splits import from its argument list with a block comment, import/*x*/('fs'), the form SES tests because
  regex filters look for 'import(' verbatim.
kind: malicious
category: obfuscation
technique: OB-comment-split
variant: plain
references:
  - "SES `evade-import-expression.test.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
flags: [async]
---*/
const fs = await import/*x*/('fs');
return 'ESCAPED: ' + typeof fs.readFileSync;
