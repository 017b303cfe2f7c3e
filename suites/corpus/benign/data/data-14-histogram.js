/*---
id: data-14-histogram
description: "Buckets input scores into a histogram of ten-point bins."
kind: benign
category: data
input: { scores: [55, 61, 67, 70, 72, 88, 91, 99, 100] }
expect:
  ultra-secure:    { outcome: allowed, value: { "50": 1, "60": 2, "70": 2, "80": 1, "90": 2, "100": 1 } }
  high-security:   { outcome: allowed, value: { "50": 1, "60": 2, "70": 2, "80": 1, "90": 2, "100": 1 } }
  tenant-isolated: { outcome: allowed, value: { "50": 1, "60": 2, "70": 2, "80": 1, "90": 2, "100": 1 } }
---*/
const h = {};
for (const s of input.scores) {
  const bin = Math.floor(s / 10) * 10;
  h[bin] = (h[bin] ?? 0) + 1;
}
return h;
