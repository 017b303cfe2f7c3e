/*---
id: data-25-moving-average
description: "Computes a three-point moving average over an input series."
kind: benign
category: data
input: { series: [3, 6, 9, 12, 15, 18] }
expect:
  ultra-secure:    { outcome: allowed, value: [6, 9, 12, 15] }
  high-security:   { outcome: allowed, value: [6, 9, 12, 15] }
  tenant-isolated: { outcome: allowed, value: [6, 9, 12, 15] }
---*/
const s = input.series;
return s.slice(2).map((_, i) => (s[i] + s[i + 1] + s[i + 2]) / 3);
