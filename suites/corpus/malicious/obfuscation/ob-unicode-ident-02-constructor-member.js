/*---
id: ob-unicode-ident-02-constructor-member
description: >-
  Writes the constructor member names with \u{63} and \u0063 escapes inside dotted member access, invisible
  to a scanner that compares raw source text.
kind: malicious
category: obfuscation
technique: OB-unicode-ident
variant: obfuscated
references:
  - "CVE-2026-44003"
  - "SES `backslash-u-identifier.test.js`"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const F = ({}).\u{63}onstructor.\u0063onstructor;
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
