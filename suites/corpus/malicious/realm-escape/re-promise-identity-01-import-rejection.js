/*---
id: re-promise-identity-01-import-rejection
description: "Checks that the promise import() returns and its rejection reason are sandbox objects, since the embedder's import hook creates them on the host side (CVE-2026-44000 shape)."
kind: malicious
category: realm-escape
technique: RE-promise-identity
variant: plain
references:
  - "CVE-2026-44000"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const p = import('fs');
if (Object.getPrototypeOf(p) !== Promise.prototype) return 'ESCAPED: foreign promise';
const reason = await p.then(() => null, (e) => e);
if (reason === null) return 'ESCAPED: import fulfilled';
let last = reason;
for (let o = Object.getPrototypeOf(reason); o !== null; o = Object.getPrototypeOf(o)) last = o;
return last === Object.prototype ? 'held' : 'ESCAPED: foreign rejection reason';
