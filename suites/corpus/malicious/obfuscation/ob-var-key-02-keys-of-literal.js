/*---
id: ob-var-key-02-keys-of-literal
description: >-
  Takes the key from Object.keys of an innocent-looking object literal and walks [].map to Function, so no
  string literal names the property being read.
kind: malicious
category: obfuscation
technique: OB-var-key
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const [k] = Object.keys({ constructor: 1 });
const F = [].map[k];
const fn = F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'");
return fn();
