/*---
id: re-descriptor-extract-02-entries
description: "Finds the constructor among Object.entries of the descriptors of Function.prototype by its value's name, so neither the key nor the property appears in the source."
kind: malicious
category: realm-escape
technique: RE-descriptor-extract
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 15"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
const descriptors = Object.getOwnPropertyDescriptors(Object.getPrototypeOf(parseInt));
const [, d] = Object.entries(descriptors).find(([, desc]) => typeof desc.value === 'function' && desc.value.name === 'Function');
return d.value('return typeof process')();
