/*---
id: algorithms-01-quicksort
description: "Sorts numbers with a hand-written recursive quicksort and compares with the built-in sort."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { sorted: [-4, 0, 1, 2, 3, 5, 8, 9], same: true } }
  high-security:   { outcome: allowed, value: { sorted: [-4, 0, 1, 2, 3, 5, 8, 9], same: true } }
  tenant-isolated: { outcome: allowed, value: { sorted: [-4, 0, 1, 2, 3, 5, 8, 9], same: true } }
---*/
const qs = (xs) => (xs.length < 2 ? xs : [...qs(xs.slice(1).filter((x) => x < xs[0])), xs[0], ...qs(xs.slice(1).filter((x) => x >= xs[0]))]);
const data = [5, 3, 8, -4, 1, 9, 0, 2];
const sorted = qs(data);
return { sorted, same: sorted.join() === [...data].sort((a, b) => a - b).join() };
