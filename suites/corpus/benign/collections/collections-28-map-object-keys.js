/*---
id: collections-28-map-object-keys
description: "Uses objects as Map keys to attach metadata without mutating them."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [["alpha", 3], ["beta", 1]] }
  high-security:   { outcome: allowed, value: [["alpha", 3], ["beta", 1]] }
  tenant-isolated: { outcome: allowed, value: [["alpha", 3], ["beta", 1]] }
---*/
const nodes = [{ name: 'alpha' }, { name: 'beta' }];
const hits = new Map(nodes.map((n) => [n, 0]));
for (const n of [nodes[0], nodes[1], nodes[0], nodes[0]]) hits.set(n, hits.get(n) + 1);
return nodes.map((n) => [n.name, hits.get(n)]);
