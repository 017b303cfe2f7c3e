/*---
id: data-13-stats-summary
description: "Computes count, min, max, mean and median of the input numbers."
kind: benign
category: data
input: { xs: [7, 3, 9, 1, 5, 11] }
expect:
  ultra-secure:    { outcome: allowed, value: { count: 6, min: 1, max: 11, mean: 6, median: 6 } }
  high-security:   { outcome: allowed, value: { count: 6, min: 1, max: 11, mean: 6, median: 6 } }
  tenant-isolated: { outcome: allowed, value: { count: 6, min: 1, max: 11, mean: 6, median: 6 } }
---*/
const xs = [...input.xs].sort((a, b) => a - b);
const mid = xs.length / 2;
const median = xs.length % 2 ? xs[Math.floor(mid)] : (xs[mid - 1] + xs[mid]) / 2;
return { count: xs.length, min: xs[0], max: xs.at(-1), mean: xs.reduce((s, x) => s + x, 0) / xs.length, median };
