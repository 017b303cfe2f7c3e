/*---
id: ob-html-comment-01-hidden-line
description: >-
  Wraps a line in <!-- and --> as if it were an HTML comment; in a script each marker only comments its own
  line, so the line between runs, and its eval must throw.
kind: malicious
category: obfuscation
technique: OB-html-comment
variant: plain
references:
  - "SES `rejectHtmlComments`, `evade-html-comment.test.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
<!--
const r = eval('"hidden from an HTML-aware filter"');
-->
return r;
