/*---
id: ob-comment-split-02-eval-line-comment
description: >-
  Breaks eval and its call with a line comment and a newline, eval//\n(s), defeating patterns that expect
  eval followed by '('.
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
return eval//
('1 + 1');
