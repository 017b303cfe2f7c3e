/*---
id: algorithms-13-knapsack
description: "Solves a 0/1 knapsack instance by dynamic programming over capacities."
kind: benign
category: algorithms
input: { cap: 10, items: [{ w: 5, v: 10 }, { w: 4, v: 40 }, { w: 6, v: 30 }, { w: 3, v: 50 }] }
expect:
  ultra-secure:    { outcome: allowed, value: 90 }
  high-security:   { outcome: allowed, value: 90 }
  tenant-isolated: { outcome: allowed, value: 90 }
---*/
const best = new Array(input.cap + 1).fill(0);
for (const { w, v } of input.items)
  for (let c = input.cap; c >= w; c--) best[c] = Math.max(best[c], best[c - w] + v);
return best[input.cap];
