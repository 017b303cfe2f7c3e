/*---
id: collections-02-set-operations
description: "Computes union, intersection and difference of Sets by hand with spread and filter."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { union: [1, 2, 3, 4, 5], inter: [3, 4], diff: [1, 2], sub: true } }
  high-security:   { outcome: allowed, value: { union: [1, 2, 3, 4, 5], inter: [3, 4], diff: [1, 2], sub: true } }
  tenant-isolated: { outcome: allowed, value: { union: [1, 2, 3, 4, 5], inter: [3, 4], diff: [1, 2], sub: true } }
---*/
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
return {
  union: [...new Set([...a, ...b])],
  inter: [...a].filter((x) => b.has(x)),
  diff: [...a].filter((x) => !b.has(x)),
  sub: [3, 4].every((x) => a.has(x)),
};
