/*---
id: ob-var-key-01-function-ctor
description: >-
  Stores 'constructor' in a const and indexes twice with it, the textbook data-flow evasion of a scanner
  that only matches member names.
kind: malicious
category: obfuscation
technique: OB-var-key
variant: plain
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const k = 'constructor';
const F = (() => {})[k][k];
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
