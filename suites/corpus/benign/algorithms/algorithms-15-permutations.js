/*---
id: algorithms-15-permutations
description: "Generates all permutations of a short list recursively."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { count: 6, all: ["abc", "acb", "bac", "bca", "cab", "cba"] } }
  high-security:   { outcome: allowed, value: { count: 6, all: ["abc", "acb", "bac", "bca", "cab", "cba"] } }
  tenant-isolated: { outcome: allowed, value: { count: 6, all: ["abc", "acb", "bac", "bca", "cab", "cba"] } }
---*/
const perms = (xs) => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
const all = perms(['a', 'b', 'c']).map((p) => p.join(''));
return { count: all.length, all };
