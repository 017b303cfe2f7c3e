/*---
id: ob-reflect-indirection-04-entries-walk
description: >-
  Finds Function by walking Object.entries of Function.prototype's descriptors and matching on the key's
  length and first letter, so the word constructor never appears.
kind: malicious
category: obfuscation
technique: OB-reflect-indirection
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 15, 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const [, desc] = Object.entries(Object.getOwnPropertyDescriptors(Function.prototype)).find(
  ([k]) => k.length === 11 && k.startsWith('c'),
);
const F = desc.value;
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
