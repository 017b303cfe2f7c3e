/*---
id: ob-var-key-06-reversed-key
description: >-
  Reverses a backwards spelling of 'constructor' at run time and climbs from a bound function, whose
  constructor is still Function.
kind: malicious
category: obfuscation
technique: OB-var-key
variant: combined
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const k = 'rotcurtsnoc'.split('').reverse().join('');
const bound = Math.max.bind(null);
const F = bound[k];
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
