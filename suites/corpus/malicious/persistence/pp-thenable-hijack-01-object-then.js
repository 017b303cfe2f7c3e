/*---
id: pp-thenable-hijack-01-object-then
description: >-
  Tenant a defines Object.prototype.then, which turns every object into a thenable: a host that awaits a
  result object would run a's code; the next tenant must not inherit it.
kind: malicious
category: persistence
technique: PP-thenable-hijack
variant: plain
references:
  - "tc39 proposal-thenable-curtailment"
  - "vm2 ATTACKS cat. 2"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Object.prototype.then = function (resolve) {
  delete Object.prototype.then;
  resolve('hijacked');
};
return 'planted';
//@step tenant=b
return 'then' in {} ? 'ESCAPED: Object.prototype.then survived' : 'clean';
//@step tenant=a
return 'then' in {} ? 'ESCAPED: Object.prototype.then survived' : 'clean';
