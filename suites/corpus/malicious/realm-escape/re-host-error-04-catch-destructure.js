/*---
id: re-host-error-04-catch-destructure
description: "Destructures the constructor chain straight out of the catch parameter with computed keys, the form scanners that only look for member expressions miss."
kind: malicious
category: realm-escape
technique: RE-host-error
variant: obfuscated
references:
  - "vm2 #138"
  - "CVE-2026-47131 (Node ERR_INVALID_ARG_TYPE)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const c = 'constr' + 'uctor';
const sources = [() => console.log(Symbol()), () => require('x'), () => null.x, () => fetch(Symbol())];
for (const source of sources) {
  try { await source(); } catch ({ [c]: { [c]: F } }) {
    try {
      if (F('return typeof process')() !== 'undefined') return 'ESCAPED';
    } catch (e) {}
  }
}
return 'held';
