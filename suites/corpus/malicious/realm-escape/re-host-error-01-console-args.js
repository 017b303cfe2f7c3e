/*---
id: re-host-error-01-console-args
description: "Feeds console.log arguments that a host-side logger would fail to clone (symbol, BigInt, function, cycle, throwing proxy) and walks the constructor chain of whatever is thrown."
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
const cyclic = {}; cyclic.self = cyclic;
const attempts = [Symbol('s'), 10n, () => 1, cyclic, new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } })];
for (const arg of attempts) {
  try { console.log(arg); } catch (e) {
    if (e === null || typeof e !== 'object') continue;
    try {
      if (e.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED: host error constructor';
    } catch (inner) { /* sandbox Function refused */ }
  }
}
return 'held';
