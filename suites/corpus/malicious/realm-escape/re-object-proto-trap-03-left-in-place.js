/*---
id: re-object-proto-trap-03-left-in-place
description: "Leaves get and apply traps on Object.prototype while the snippet returns and throws nothing, so that the runtime's result and log handling run with the traps installed; the next execution must see a clean Object.prototype."
kind: malicious
category: realm-escape
technique: RE-object-proto-trap
variant: combined
references:
  - "vm2 ATTACKS cat. 14"
  - "CVE-2021-23449"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "traps left in place" }
  high-security: { outcome: contained, value: "traps left in place" }
  tenant-isolated: { outcome: contained, value: "traps left in place" }
---*/
Object.prototype.get = function (t, k) {
  try { if (t.constructor.constructor('return typeof process')() !== 'undefined') console.log('ESCAPED'); } catch (e) {}
  return Reflect.get(t, k);
};
Object.prototype.apply = function (t, self, args) {
  try { if (t.constructor('return typeof process')() !== 'undefined') console.log('ESCAPED'); } catch (e) {}
  return Reflect.apply(t, self, args);
};
console.log('installed');
return 'traps left in place';
