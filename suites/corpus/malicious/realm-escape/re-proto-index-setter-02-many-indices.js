/*---
id: re-proto-index-setter-02-many-indices
description: "Installs setters on the first indices and on length-adjacent keys of Array.prototype through a loop of computed keys, so that runtime internals writing by index hand their values to the guest."
kind: malicious
category: realm-escape
technique: RE-proto-index-setter
variant: obfuscated
references:
  - "CVE-2026-44008"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const loot = new Set();
const proto = Object.getPrototypeOf([]);
for (let i = 0; i < 4; i++) {
  Reflect.defineProperty(proto, String(i), { configurable: true, set(v) { loot.add(v); Reflect.defineProperty(this, String(i), { value: v, writable: true, enumerable: true, configurable: true }); } });
}
console.log({ a: 1 }, [1, 2]);
console.warn('w');
const host = [...loot].filter((v) => {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  try { return v.constructor.constructor('return typeof process')() !== 'undefined'; } catch (e) { return false; }
});
for (let i = 0; i < 4; i++) delete proto[i];
return host.length === 0 ? 'held' : 'ESCAPED';
