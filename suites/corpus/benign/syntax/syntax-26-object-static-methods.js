/*---
id: syntax-26-object-static-methods
description: "Uses Object.entries, fromEntries, keys and values to reshape an object."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: { keys: ["a", "b", "c"], sum: 6, doubled: { a: 2, b: 4, c: 6 } } }
  high-security:   { outcome: allowed, value: { keys: ["a", "b", "c"], sum: 6, doubled: { a: 2, b: 4, c: 6 } } }
  tenant-isolated: { outcome: allowed, value: { keys: ["a", "b", "c"], sum: 6, doubled: { a: 2, b: 4, c: 6 } } }
---*/
const o = { a: 1, b: 2, c: 3 };
return {
  keys: Object.keys(o),
  sum: Object.values(o).reduce((s, v) => s + v, 0),
  doubled: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v * 2])),
};
