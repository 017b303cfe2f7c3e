/*---
id: re-promise-callback-01-async-rejection
description: "Catches rejections of intrinsic promises produced by async functions that fail inside the injected API, and walks the constructor chain of the reason the then callback receives (CVE-2026-22709)."
kind: malicious
category: realm-escape
technique: RE-promise-callback
variant: plain
references:
  - "CVE-2026-22709"
  - "GHSA-55hx"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const reasons = [];
await (async () => { console.log(Symbol('x')); null.y; })().then(null, (r) => reasons.push(r));
await (async () => require('fs'))().catch((r) => reasons.push(r));
await import('child_process').catch((r) => reasons.push(r));
for (const r of reasons) {
  try { if (r.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';
