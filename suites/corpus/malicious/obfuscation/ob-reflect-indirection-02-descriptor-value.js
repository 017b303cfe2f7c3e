/*---
id: ob-reflect-indirection-02-descriptor-value
description: >-
  Takes Function from the property descriptor of Function.prototype.constructor, the vm2 ATTACKS cat. 15
  route around proxied getters.
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
const F = Object.getOwnPropertyDescriptor(Function.prototype, 'constructor').value;
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
