/*---
id: ob-reflect-indirection-06-scan-global-values
description: >-
  Enumerates every value on the global object and calls the function whose name is eval through
  Reflect.apply, a lookup by behaviour rather than by a name in the text.
kind: malicious
category: obfuscation
technique: OB-reflect-indirection
variant: combined
references:
  - "vm2 ATTACKS cat. 15, 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const found = Object.values(Object.getOwnPropertyDescriptors(globalThis))
  .map((d) => d.value)
  .filter((v) => typeof v === 'function' && v.name === 'ev' + 'al');
if (found.length === 0) throw new TypeError('no eval found');
return Reflect.apply(found[0], undefined, ['1 + 1']);
