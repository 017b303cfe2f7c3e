/*---
id: ob-fromcharcode-01-function-ctor
description: >-
  Spells 'constructor' with String.fromCharCode and climbs an arrow function to Function; constant char
  codes can be folded by a scanner, and the runtime must refuse in any case.
kind: malicious
category: obfuscation
technique: OB-fromcharcode
variant: plain
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const k = String.fromCharCode(99, 111, 110, 115, 116, 114, 117, 99, 116, 111, 114);
const F = (() => 0)[k];
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
