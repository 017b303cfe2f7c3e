/*---
id: re-static-steal-01-promise-all
description: "Steals Promise.all onto a fake constructor and calls it with an iterable that throws, so the engine delivers the error through the fake's reject function (vm2 ATTACKS category 7)."
kind: malicious
category: realm-escape
technique: RE-static-steal
variant: plain
references:
  - "vm2 ATTACKS cat. 7"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
let reason;
function Fake(executor) { executor(() => {}, (e) => { reason = e; }); }
Fake.resolve = (v) => Promise.resolve(v);
Fake.all = Promise.all;
const bad = { [Symbol.iterator]() { return { next() { console.log(Symbol('s')); null.x; } }; } };
Fake.all(bad);
if (reason === undefined) return 'no rejection';
try { if (reason.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
return 'held';
