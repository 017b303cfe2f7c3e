/*---
id: re-symbol-name-02-proxy-name
description: "Hides the Symbol-valued name behind a Proxy get trap, so the symbol appears only when the engine or host reads the name during stack or message formatting."
kind: malicious
category: realm-escape
technique: RE-symbol-name
variant: obfuscated
references:
  - "vm2 ATTACKS \"Error Generation Primitive\""
  - "CVE-2021-23555"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const target = new Error('x');
const tricky = new Proxy(target, { get(t, k) { return k === 'name' ? Symbol('n') : Reflect.get(t, k); } });
const generated = [];
for (const f of [() => String(tricky), () => `${tricky}`, () => Error.prototype.toString.call(tricky), () => console.log(tricky)]) {
  try { f(); } catch (err) { generated.push(err); }
}
for (const g of generated) {
  try { if (g.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
}
return 'held';
