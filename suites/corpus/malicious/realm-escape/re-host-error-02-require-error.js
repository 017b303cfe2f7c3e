/*---
id: re-host-error-02-require-error
description: "Makes the guarded require throw (unknown module, non-string names) and uses the error's constructor chain, the vm2 #138 pattern applied to a host-implemented loader."
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
---*/
const bad = ['child_process', { toString() { return 'fs'; } }, Symbol('x'), undefined];
for (const name of bad) {
  try { require(name); } catch (e) {
    try {
      const F = e.constructor.constructor;
      if (F('return typeof process')() !== 'undefined') return 'ESCAPED: host Function from require error';
    } catch (inner) {}
  }
}
return 'held';
