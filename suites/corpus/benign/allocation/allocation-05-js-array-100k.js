/*---
id: allocation-05-js-array-100k
description: "Builds a plain array of 100,000 small integers (about 800 KB of heap) and reduces it to a sum."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { length: 100000, sum: 4999950000 } }
  high-security:   { outcome: allowed, value: { length: 100000, sum: 4999950000 } }
  tenant-isolated: { outcome: allowed, value: { length: 100000, sum: 4999950000 } }
---*/
const xs = new Array(100000);
for (let i = 0; i < xs.length; i++) xs[i] = i;
return { length: xs.length, sum: xs.reduce((s, x) => s + x, 0) };
