/*---
id: pp-freeze-dos-02-prevent-extensions
description: >-
  Tenant a marks Object.prototype, makes it non-extensible and seals Function.prototype through
  Reflect.preventExtensions and Object.seal, a denial of service on any later polyfill.
kind: malicious
category: persistence
technique: PP-freeze-dos
variant: obfuscated
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
  Object.prototype.ppSealedBy = 'tenant-a';
  Reflect.preventExtensions(Object.prototype);
  Object.seal(Function.prototype);
} catch {
  return 'refused';
}
return 'tampered';
//@step tenant=b
if ('ppSealedBy' in {}) return 'ESCAPED: non-extensible Object.prototype reused';
if (Object.isSealed(Function.prototype) && Object.isExtensible(Object.prototype) === false) return 'ESCAPED: sealed intrinsics reused';
return 'clean';
//@step tenant=a
if ('ppSealedBy' in {}) return 'ESCAPED: non-extensible Object.prototype reused';
if (Object.isSealed(Function.prototype) && Object.isExtensible(Object.prototype) === false) return 'ESCAPED: sealed intrinsics reused';
return 'clean';
