/*---
id: collections-07-typed-array-methods
description: "Uses typed-array methods (map, filter, sort, reverse, indexOf) and checks the numeric sort order."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { sorted: [1, 2, 10, 33], mapped: [2, 20, 4, 66], filtered: [10, 33], index: 2 } }
  high-security:   { outcome: allowed, value: { sorted: [1, 2, 10, 33], mapped: [2, 20, 4, 66], filtered: [10, 33], index: 2 } }
  tenant-isolated: { outcome: allowed, value: { sorted: [1, 2, 10, 33], mapped: [2, 20, 4, 66], filtered: [10, 33], index: 2 } }
---*/
const t = new Uint16Array([1, 10, 2, 33]);
return {
  sorted: [...t.slice().sort()],
  mapped: [...t.map((x) => x * 2)],
  filtered: [...t.filter((x) => x > 5)],
  index: t.indexOf(2),
};
