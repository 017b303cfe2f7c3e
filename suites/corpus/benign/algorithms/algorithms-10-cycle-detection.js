/*---
id: algorithms-10-cycle-detection
description: "Detects a cycle in a directed graph with a depth-first search colouring."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { acyclic: false, cyclic: true } }
  high-security:   { outcome: allowed, value: { acyclic: false, cyclic: true } }
  tenant-isolated: { outcome: allowed, value: { acyclic: false, cyclic: true } }
---*/
const hasCycle = (g) => {
  const state = {};
  const visit = (n) => {
    if (state[n] === 1) return true;
    if (state[n] === 2) return false;
    state[n] = 1;
    const found = (g[n] ?? []).some(visit);
    state[n] = 2;
    return found;
  };
  return Object.keys(g).some(visit);
};
return { acyclic: hasCycle({ a: ['b'], b: ['c'], c: [] }), cyclic: hasCycle({ a: ['b'], b: ['c'], c: ['a'] }) };
