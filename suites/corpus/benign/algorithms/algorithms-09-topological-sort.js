/*---
id: algorithms-09-topological-sort
description: "Orders build tasks by their dependencies with Kahn's topological sort."
kind: benign
category: algorithms
input: { deps: { app: ["lib", "config"], lib: ["core"], config: [], core: [], test: ["app"] } }
expect:
  ultra-secure:    { outcome: allowed, value: ["config", "core", "lib", "app", "test"] }
  high-security:   { outcome: allowed, value: ["config", "core", "lib", "app", "test"] }
  tenant-isolated: { outcome: allowed, value: ["config", "core", "lib", "app", "test"] }
---*/
const deps = input.deps;
const indeg = Object.fromEntries(Object.keys(deps).map((k) => [k, deps[k].length]));
const order = [];
let ready = Object.keys(indeg).filter((k) => indeg[k] === 0).sort();
while (ready.length) {
  const n = ready.shift();
  order.push(n);
  for (const [k, ds] of Object.entries(deps)) if (ds.includes(n) && --indeg[k] === 0) ready = [...ready, k].sort();
}
return order;
