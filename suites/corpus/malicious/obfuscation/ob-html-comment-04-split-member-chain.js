/*---
id: ob-html-comment-04-split-member-chain
description: >-
  Ends a line with <!-- and continues the member chain on the next one, so a line-based filter sees
  ({}).constructor and .constructor as separate, harmless fragments.
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
const F = ({}).constructor <!-- .toString
  .constructor;
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
