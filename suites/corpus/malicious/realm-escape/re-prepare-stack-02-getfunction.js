/*---
id: re-prepare-stack-02-getfunction
description: "Uses prepareStackTrace and getFunction() to pull the functions of every frame, which would hand the guest the runtime's own wrapper or host callbacks if any frame is sloppy-mode."
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
const mine = new Set();
let fns = [];
try {
  Error.prepareStackTrace = (err, sites) => sites.map((s) => s.getFunction());
  const grab = () => new Error('x').stack;
  mine.add(grab);
  fns = grab();
} catch (e) { return 'held'; }
if (!Array.isArray(fns)) return 'held';
const leaked = fns.filter((f) => typeof f === 'function' && !mine.has(f));
for (const f of leaked) {
  try { if (f.constructor('return typeof process')() !== 'undefined') return 'ESCAPED: host function in a frame'; } catch (e) {}
}
return leaked.length === 0 ? 'held' : 'ESCAPED: runtime function leaked (' + leaked.length + ')';
