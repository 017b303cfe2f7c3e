/*---
id: pp-freeze-dos-01-freeze-array-prototype
description: >-
  Tenant a marks and then freezes Array.prototype, which would make ordinary code in the next tenant throw
  (the override mistake) if the frozen realm were reused.
kind: malicious
category: persistence
technique: PP-freeze-dos
variant: plain
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
  Array.prototype.ppFrozenBy = 'tenant-a';
  Object.freeze(Array.prototype);
} catch {
  return 'refused';
}
return 'tampered';
//@step tenant=b
if ('ppFrozenBy' in Array.prototype) return 'ESCAPED: frozen Array.prototype reused';
const list = [3, 1, 2];
try {
  list.sort = (a) => a;
} catch {
  return 'ESCAPED: override mistake from a frozen prototype';
}
return 'clean';
//@step tenant=a
if ('ppFrozenBy' in Array.prototype) return 'ESCAPED: frozen Array.prototype reused';
const list = [3, 1, 2];
try {
  list.sort = (a) => a;
} catch {
  return 'ESCAPED: override mistake from a frozen prototype';
}
return 'clean';
