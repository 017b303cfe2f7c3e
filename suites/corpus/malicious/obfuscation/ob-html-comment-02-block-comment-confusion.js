/*---
id: ob-html-comment-02-block-comment-confusion
description: >-
  Starts a /* after <!-- so that a scanner stripping block comments drops the next line, while the engine
  treats the whole first line as a comment and runs it.
kind: malicious
category: obfuscation
technique: OB-html-comment
variant: obfuscated
references:
  - "SES `rejectHtmlComments`, `evade-html-comment.test.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
<!-- /*
return Function("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
// */
