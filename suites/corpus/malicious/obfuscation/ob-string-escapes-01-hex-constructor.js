/*---
id: ob-string-escapes-01-hex-constructor
description: >-
  Uses '\x63onstructor' string literals as keys, the exact evasion vm2's walker missed because it never
  evaluated string contents.
kind: malicious
category: obfuscation
technique: OB-string-escapes
variant: plain
references:
  - "vm2 ATTACKS cat. 27 (\"walker does not evaluate string contents\")"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const F = ({})['\x63onstructor']['\x63onstructor'];
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
