/*---
id: pp-thenable-hijack-03-promise-then
description: >-
  Tenant a replaces Promise.prototype.then and gives Promise a Symbol.species of its own, so every await in
  the next tenant would route through a's code.
kind: malicious
category: persistence
technique: PP-thenable-hijack
variant: combined
references:
  - "tc39 proposal-thenable-curtailment"
  - "vm2 ATTACKS cat. 2"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step, async]
---*/
//@step tenant=a
const nativeThen = Promise.prototype.then;
Promise.prototype.then = function (ok, fail) {
  return nativeThen.call(this, (v) => (ok ? ok(v === 1 ? 'tampered' : v) : v), fail);
};
Promise.prototype.then.pp = true;
return 'tampered';
//@step tenant=b
const v = await (async () => 1)();
if (Promise.prototype.then.pp === true || v !== 1) return 'ESCAPED: Promise.prototype.then survived';
return 'clean';
//@step tenant=a
const v = await (async () => 1)();
if (Promise.prototype.then.pp === true || v !== 1) return 'ESCAPED: Promise.prototype.then survived';
return 'clean';
