/*---
id: algorithms-21-kadane
description: "Finds the maximum subarray sum and its bounds with Kadane's algorithm."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { sum: 6, from: 3, to: 6 } }
  high-security:   { outcome: allowed, value: { sum: 6, from: 3, to: 6 } }
  tenant-isolated: { outcome: allowed, value: { sum: 6, from: 3, to: 6 } }
---*/
const xs = [-2, 1, -3, 4, -1, 2, 1, -5, 4];
let best = -Infinity;
let cur = 0;
let start = 0;
let from = 0;
let to = 0;
xs.forEach((x, i) => {
  if (cur <= 0) { cur = x; start = i; } else cur += x;
  if (cur > best) { best = cur; from = start; to = i; }
});
return { sum: best, from, to };
