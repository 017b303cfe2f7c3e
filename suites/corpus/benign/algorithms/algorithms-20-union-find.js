/*---
id: algorithms-20-union-find
description: "Counts connected components with a union-find structure using path compression."
kind: benign
category: algorithms
input: { "n": 8, pairs: [[0, 1], [1, 2], [3, 4], [5, 6], [6, 7], [7, 5]] }
expect:
  ultra-secure:    { outcome: allowed, value: { components: 3, sameAB: true, sameAC: false } }
  high-security:   { outcome: allowed, value: { components: 3, sameAB: true, sameAC: false } }
  tenant-isolated: { outcome: allowed, value: { components: 3, sameAB: true, sameAC: false } }
---*/
const parent = Array.from({ length: input.n }, (_, i) => i);
const find = (x) => (parent[x] === x ? x : (parent[x] = find(parent[x])));
for (const [a, b] of input.pairs) parent[find(a)] = find(b);
const roots = new Set(parent.map((_, i) => find(i)));
return { components: roots.size, sameAB: find(0) === find(2), sameAC: find(0) === find(3) };
