/*---
id: async-19-async-recursion
description: "Walks a tree with an async recursive function, awaiting at each node."
kind: benign
category: async
flags: [async]
input: { tree: { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] } }
expect:
  ultra-secure:    { outcome: allowed, value: 10 }
  high-security:   { outcome: allowed, value: 10 }
  tenant-isolated: { outcome: allowed, value: 10 }
---*/
const sum = async (node) => node.v + (await Promise.all(node.kids.map(sum))).reduce((s, x) => s + x, 0);
return sum(input.tree);
