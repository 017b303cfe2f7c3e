/*---
id: re-prepare-stack-01-getthis
description: "Installs Error.prepareStackTrace to collect getThis() of every call site (CVE-2022-36067), which yields host receivers when host frames are on the stack."
kind: malicious
category: realm-escape
technique: RE-prepare-stack
variant: plain
references:
  - "CVE-2022-36067"
  - "CVE-2023-29017"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
let frames = [];
try {
  Error.prepareStackTrace = (err, callSites) => callSites.map((site) => site.getThis());
  frames = new Error('probe').stack;
} catch (e) { return 'held'; }
if (!Array.isArray(frames)) return 'held';
for (const receiver of frames) {
  if (receiver === undefined || receiver === null) continue;
  if (receiver === globalThis) continue;
  try { if (receiver.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
  if (typeof receiver.process === 'object') return 'ESCAPED: host global in a frame';
}
return 'held';
