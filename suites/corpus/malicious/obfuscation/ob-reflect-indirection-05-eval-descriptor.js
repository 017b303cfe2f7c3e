/*---
id: ob-reflect-indirection-05-eval-descriptor
description: >-
  Reads eval through Object.getOwnPropertyDescriptor(globalThis, 'eval').value, bypassing any getter an
  embedder may have put on the name, and calls it.
kind: malicious
category: obfuscation
technique: OB-reflect-indirection
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 15, 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const e = Object.getOwnPropertyDescriptor(globalThis, 'eval').value;
return e('1 + 1');
