/*---
id: pp-thenable-hijack-04-never-settling-then
description: >-
  Tenant a makes every object a thenable that never settles and returns an object, so its own execution can
  only end by the deadline; the recycled context must not pass the trap on.
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
flags: [multi-step, async, slow]
---*/
//@step tenant=a
Object.prototype.then = function () {};
Array.prototype.then = function () {};
return { stuck: true };
//@step tenant=b
if ('then' in {} || 'then' in [] || 'then' in function () {}) return 'ESCAPED: thenable trap survived';
return 'clean';
//@step tenant=a
if ('then' in {} || 'then' in [] || 'then' in function () {}) return 'ESCAPED: thenable trap survived';
return 'clean';
