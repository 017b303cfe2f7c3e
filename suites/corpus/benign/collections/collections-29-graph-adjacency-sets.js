/*---
id: collections-29-graph-adjacency-sets
description: "Represents an undirected graph as a Map of Sets and lists each node's degree."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { a: 2, b: 2, c: 1, d: 1 } }
  high-security:   { outcome: allowed, value: { a: 2, b: 2, c: 1, d: 1 } }
  tenant-isolated: { outcome: allowed, value: { a: 2, b: 2, c: 1, d: 1 } }
---*/
const g = new Map();
const link = (x, y) => {
  for (const [p, q] of [[x, y], [y, x]]) {
    if (!g.has(p)) g.set(p, new Set());
    g.get(p).add(q);
  }
};
link('a', 'b'); link('a', 'c'); link('b', 'd'); link('a', 'b');
return Object.fromEntries([...g].map(([k, s]) => [k, s.size]).sort());
