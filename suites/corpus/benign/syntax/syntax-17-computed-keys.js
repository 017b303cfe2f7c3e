/*---
id: syntax-17-computed-keys
description: "Builds an object with computed property names from an ordinary local array."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: { field_0: "a", field_1: "b", field_2: "c", count: 3 } }
  high-security:   { outcome: allowed, value: { field_0: "a", field_1: "b", field_2: "c", count: 3 } }
  tenant-isolated: { outcome: allowed, value: { field_0: "a", field_1: "b", field_2: "c", count: 3 } }
---*/
const names = ['a', 'b', 'c'];
const obj = {};
names.forEach((n, i) => Object.assign(obj, { [`field_${i}`]: n }));
return { ...obj, ['co' + 'unt']: names.length };
