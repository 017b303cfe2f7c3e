/*---
id: ob-html-comment-03-scanner-only
description: >-
  Uses Annex-B HTML-like comments with no runtime-visible attack: the scanner must reject the syntax itself
  (as SES does), and with the scanner off the code must still be held.
kind: malicious
category: obfuscation
technique: OB-html-comment
variant: obfuscated
references:
  - "SES `rejectHtmlComments`, `evade-html-comment.test.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan] }
  high-security:   { outcome: blocked, stages: [scan] }
  tenant-isolated: { outcome: blocked, stages: [scan] }
flags: [scan-only]
---*/
const x = 1 <!-- a comment that module-goal parsers reject
--> return 'ESCAPED: the engine ignored this line, a module parser would not';
return typeof process === 'undefined' && x === 1 ? 'held' : 'ESCAPED';
