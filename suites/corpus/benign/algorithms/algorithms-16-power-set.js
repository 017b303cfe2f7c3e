/*---
id: algorithms-16-power-set
description: "Enumerates subsets with a bitmask and keeps those that sum to a target."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: [[1, 4], [2, 3]] }
  high-security:   { outcome: allowed, value: [[1, 4], [2, 3]] }
  tenant-isolated: { outcome: allowed, value: [[1, 4], [2, 3]] }
---*/
const xs = [1, 2, 3, 4];
const out = [];
for (let mask = 0; mask < 1 << xs.length; mask++) {
  const subset = xs.filter((_, i) => mask & (1 << i));
  if (subset.length === 2 && subset.reduce((s, x) => s + x, 0) === 5) out.push(subset);
}
return out.sort((a, b) => a[0] - b[0]);
