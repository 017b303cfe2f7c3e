/*---
id: pp-freeze-dos-04-freeze-everything
description: >-
  Tenant a walks the global object and freezes every constructor and prototype it finds, after tagging
  Object.prototype, a blunt lockdown aimed at the tenants that follow.
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
  Object.prototype.ppFrozenBy = 'tenant-a';
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    const v = globalThis[name];
    if (typeof v === 'function' && v.prototype) Object.freeze(v.prototype);
    if (v && (typeof v === 'object' || typeof v === 'function')) Object.freeze(v);
  }
} catch {
  return 'partial';
}
return 'tampered';
//@step tenant=b
if ('ppFrozenBy' in {}) return 'ESCAPED: frozen intrinsics reused';
class Point {}
try {
  Point.prototype.toString = () => 'point';
} catch {
  return 'ESCAPED: cannot define toString on a class prototype';
}
return 'clean';
//@step tenant=a
if ('ppFrozenBy' in {}) return 'ESCAPED: frozen intrinsics reused';
class Point {}
try {
  Point.prototype.toString = () => 'point';
} catch {
  return 'ESCAPED: cannot define toString on a class prototype';
}
return 'clean';
