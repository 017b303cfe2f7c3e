/*---
id: ob-comment-split-04-line-separator
description: >-
  Separates eval from its argument list with U+2028 LINE SEPARATOR, a line terminator to the engine that
  line-based and regex scanners treat as ordinary text.
kind: malicious
category: obfuscation
technique: OB-comment-split
variant: obfuscated
references:
  - "SES `evade-import-expression.test.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return eval ('1 + 1');
