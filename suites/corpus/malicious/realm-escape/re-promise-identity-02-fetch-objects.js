/*---
id: re-promise-identity-02-fetch-objects
description: "Checks that fetch (where granted) returns an intrinsic promise and that the value it settles with is a sandbox object, not a host object reached by identity."
kind: malicious
category: realm-escape
technique: RE-promise-identity
variant: obfuscated
references:
  - "CVE-2026-44000"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const f = globalThis['fe' + 'tch'];
if (typeof f !== 'function') return 'held';
const p = f('https://example.invalid/');
if (!(p instanceof Promise) || Reflect.getPrototypeOf(p) !== Promise.prototype) return 'ESCAPED: foreign promise';
const settled = await p.then((v) => v, (e) => e);
if (settled === null || typeof settled !== 'object') return 'held';
let top = settled;
for (let o = Reflect.getPrototypeOf(settled); o !== null; o = Reflect.getPrototypeOf(o)) top = o;
return top === Object.prototype ? 'held' : 'ESCAPED: foreign settlement value';
