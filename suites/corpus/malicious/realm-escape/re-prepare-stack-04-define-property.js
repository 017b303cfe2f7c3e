/*---
id: re-prepare-stack-04-define-property
description: "Sets prepareStackTrace with defineProperty and an escaped key so that scanners matching the assignment text miss it, and triggers it through an engine TypeError."
kind: malicious
category: realm-escape
technique: RE-prepare-stack
variant: obfuscated
references:
  - "CVE-2022-36067"
  - "CVE-2023-29017"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const key = 'prepare\u0053tack' + 'Trace';
let seen = [];
try {
  Object.defineProperty(Error, key, { configurable: true, writable: true, value: (e, cs) => cs.map((c) => [c.getThis(), c.getFunction()]) });
} catch (e) { return 'held'; }
try { null.boom; } catch (e) { seen = e.stack; }
if (!Array.isArray(seen)) return 'held';
for (const [t, f] of seen) {
  for (const v of [t, f]) {
    if (v === undefined || v === null || v === globalThis) continue;
    try { if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
  }
}
return 'held';
