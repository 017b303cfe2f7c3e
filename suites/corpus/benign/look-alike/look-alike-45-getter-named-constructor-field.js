/*---
id: look-alike-45-getter-named-constructor-field
description: "Stores data under a field literally named constructor on a null-prototype record and reads it back."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { constructor: "Ada", hasOwn: true } }
  high-security:   { outcome: allowed, value: { constructor: "Ada", hasOwn: true } }
  tenant-isolated: { outcome: allowed, value: { constructor: "Ada", hasOwn: true } }
---*/
const rec = Object.assign(Object.create(null), { constructor: 'Ada' });
return { constructor: rec.constructor, hasOwn: Object.hasOwn(rec, 'constructor') };
