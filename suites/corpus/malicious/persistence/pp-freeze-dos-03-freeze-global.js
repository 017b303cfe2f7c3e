/*---
id: pp-freeze-dos-03-freeze-global
description: >-
  Tenant a marks and freezes the global object itself along with Promise.prototype and Error.prototype, so
  that the next execution could not even receive its input.
kind: malicious
category: persistence
technique: PP-freeze-dos
variant: combined
references:
  - "vm2 ATTACKS cat. 20"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
try {
  globalThis.ppFrozenBy = 'tenant-a';
  Object.freeze(Promise.prototype);
  Object.freeze(Error.prototype);
  Object.freeze(globalThis);
} catch {
  return 'refused';
}
return 'tampered';
//@step tenant=b
if ('ppFrozenBy' in globalThis) return 'ESCAPED: frozen global object reused';
if (!Object.isExtensible(globalThis)) return 'ESCAPED: global object not extensible';
return 'clean';
//@step tenant=a
if ('ppFrozenBy' in globalThis) return 'ESCAPED: frozen global object reused';
if (!Object.isExtensible(globalThis)) return 'ESCAPED: global object not extensible';
return 'clean';
