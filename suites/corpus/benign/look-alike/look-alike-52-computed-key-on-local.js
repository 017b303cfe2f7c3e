/*---
id: look-alike-52-computed-key-on-local
description: "Uses dynamic computed keys on a local object (not the global), the pattern a scanner must tell apart."
kind: benign
category: look-alike
flags: [look-alike]
input: { field: "price" }
expect:
  ultra-secure:    { outcome: allowed, value: { value: 9.5, set: { price: 9.5, qty: 2 } } }
  high-security:   { outcome: allowed, value: { value: 9.5, set: { price: 9.5, qty: 2 } } }
  tenant-isolated: { outcome: allowed, value: { value: 9.5, set: { price: 9.5, qty: 2 } } }
---*/
const item = { price: 9.5, qty: 2 };
const key = input.field;
const copy = {};
for (const k of Object.keys(item)) copy[k] = item[k];
return { value: item[key], set: copy };
