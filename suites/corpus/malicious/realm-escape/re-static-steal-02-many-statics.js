/*---
id: re-static-steal-02-many-statics
description: "Steals every Promise static (all, allSettled, any, race, resolve, reject) by computed name onto a fake constructor and collects what each hands to the fake's callbacks."
kind: malicious
category: realm-escape
technique: RE-static-steal
variant: obfuscated
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
Fake.resolve = (v) => ({ then(r, j) { j(new Error('inner')); } });
const statics = ['all', 'allSettled', 'any', 'race', 'resolve', 'reject'];
const bad = { [Symbol.iterator]() { throw new TypeError('iter'); } };
const rejected = Promise.reject(new Error('r'));
rejected.catch(() => {});
for (const s of statics) {
  try { Promise[s].call(Fake, s === 'resolve' || s === 'reject' ? bad : [1, rejected]); } catch (e) { got.push(e); }
  try { Promise[s].call(Fake, bad); } catch (e) { got.push(e); }
}
await null; await null;
for (const v of got) {
  if (v === null || typeof v !== 'object') continue;
  try { if (v['con' + 'structor']['con' + 'structor']('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';
