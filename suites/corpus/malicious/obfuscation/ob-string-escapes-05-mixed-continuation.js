/*---
id: ob-string-escapes-05-mixed-continuation
description: >-
  Mixes a line continuation, a padded \u{00000063} escape and a \x63 escape in one key so the literal's
  value differs from every fragment of its text.
kind: malicious
category: obfuscation
technique: OB-string-escapes
variant: combined
references:
  - "vm2 ATTACKS cat. 27 (\"walker does not evaluate string contents\")"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const k = '\u{00000063}on\
stru\x63tor';
const F = Object.getPrototypeOf(Math.max)[k];
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
