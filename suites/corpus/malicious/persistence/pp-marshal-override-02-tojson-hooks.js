/*---
id: pp-marshal-override-02-tojson-hooks
description: >-
  Tenant a adds toJSON hooks on Array.prototype, Object.prototype and Date.prototype, which JSON.stringify
  consults for every value it serialises.
kind: malicious
category: persistence
technique: PP-marshal-override
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 10"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Array.prototype.toJSON = () => 'forged';
Object.prototype.toJSON = () => 'forged';
Date.prototype.toJSON = () => 'forged';
return [1, 2];
//@step tenant=b
const s = JSON.stringify([1, {}, new Date(0)]);
return s === '[1,{},"1970-01-01T00:00:00.000Z"]' ? 'clean' : 'ESCAPED: toJSON hooks survived';
//@step tenant=a
const s = JSON.stringify([1, {}, new Date(0)]);
return s === '[1,{},"1970-01-01T00:00:00.000Z"]' ? 'clean' : 'ESCAPED: toJSON hooks survived';
