/*---
id: ob-html-comment-05-escaped-eval-between
description: >-
  Combines HTML-like comments with a unicode-escaped eval on the line between them.
kind: malicious
category: obfuscation
technique: OB-html-comment
variant: combined
references:
  - "SES `rejectHtmlComments`, `evade-html-comment.test.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
<!-- documentation: the next line is an example, not code
\u0065val('"runs anyway"');
-->
return 'not reached';
