/*---
id: pp-prng-channel-03-replace-math
description: >-
  Tenant a replaces the whole Math namespace with an object inheriting from it whose random is fixed, so
  that a per-property check of Math.random alone would miss it.
kind: malicious
category: persistence
technique: PP-prng-channel
variant: combined
references:
  - "SES README \"Caveats\""
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
globalThis.Math = Object.create(Math, { random: { value: () => 0.5 }, ppTag: { value: 'tenant-a' } });
return 'tampered';
//@step tenant=b
if ('ppTag' in Math || Object.getPrototypeOf(Math) !== Object.prototype) return 'ESCAPED: replaced Math namespace survived';
return Math.random() === 0.5 && Math.random() === 0.5 ? 'ESCAPED: fixed random survived' : 'clean';
//@step tenant=a
if ('ppTag' in Math || Object.getPrototypeOf(Math) !== Object.prototype) return 'ESCAPED: replaced Math namespace survived';
return Math.random() === 0.5 && Math.random() === 0.5 ? 'ESCAPED: fixed random survived' : 'clean';
