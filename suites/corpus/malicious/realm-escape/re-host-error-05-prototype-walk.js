/*---
id: re-host-error-05-prototype-walk
description: "Collects errors from every host-backed API and checks that each error and everything hanging off it (cause, errors, stack frames) has a prototype chain ending at this realm's Object.prototype."
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
flags: [async]
---*/
const errors = [];
const tryIt = async (f) => { try { await f(); } catch (e) { errors.push(e); } };
await tryIt(() => require('fs'));
await tryIt(() => fetch('http://169.254.169.254/latest/meta-data/'));
await tryIt(() => console.log(Symbol('s')));
await tryIt(() => import('fs'));
function foreign(v, depth) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function') || depth > 3) return false;
  let last = v;
  for (let p = Object.getPrototypeOf(v); p !== null; p = Object.getPrototypeOf(p)) last = p;
  if (last !== Object.prototype) return true;
  return ['cause', 'errors', 'stack'].some((k) => { try { return foreign(v[k], depth + 1); } catch (e) { return false; } });
}
return errors.some((e) => foreign(e, 0)) ? 'ESCAPED: an error from a host path is foreign' : 'held';
