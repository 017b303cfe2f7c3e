/*---
id: re-array-species-02-self-return
description: "Gives an array a species constructor that returns the same array, so map writes its results over its own input, and checks that the results never include foreign objects."
kind: malicious
category: realm-escape
technique: RE-array-species
variant: obfuscated
references:
  - "CVE-2026-24118"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const r = [input, console, 1];
r.constructor = { [Symbol['spec' + 'ies']]: function () { return r; } };
const out = r.map((x) => x);
if (out !== r) return 'species ignored';
for (const v of out) {
  if (v === null || typeof v !== 'object') continue;
  const getProto = Object.prototype['__lookup' + 'Getter__']('__proto__');
  let last = v;
  for (let p = getProto.call(v); p !== null; p = getProto.call(p)) last = p;
  if (last !== Object.prototype) return 'ESCAPED';
}
return 'held';
