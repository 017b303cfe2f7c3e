/*---
id: syntax-29-object-hasown-groupby-free
description: "Uses Object.hasOwn and the in operator to tell own keys from inherited ones on a prototype chain."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: [true, false, true, false] }
  high-security:   { outcome: allowed, value: [true, false, true, false] }
  tenant-isolated: { outcome: allowed, value: [true, false, true, false] }
---*/
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
return [Object.hasOwn(o, 'own'), Object.hasOwn(o, 'inherited'), 'inherited' in o, 'missing' in o];
