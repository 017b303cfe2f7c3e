/*---
id: allocation-29-float32-6mb
description: "Allocates a 6 MB Float32Array of samples and returns their sampled mean: tenant-isolated only. Where the allocation is over a profile's budget it is dropped before completion, and the budget applies to memory held at completion (SECURITY.md), so that profile may refuse it or complete it with the right value."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: contained, value: { length: 1572864, mean: 1.5 } }
  high-security:   { outcome: contained, value: { length: 1572864, mean: 1.5 } }
  tenant-isolated: { outcome: allowed, value: { length: 1572864, mean: 1.5 } }
---*/
const f = new Float32Array(1572864);
for (let i = 0; i < f.length; i += 2) f[i] = 1;
for (let i = 1; i < f.length; i += 2) f[i] = 2;
let s = 0;
let n = 0;
for (let i = 0; i < f.length; i += 1001) { s += f[i]; n++; }
return { length: f.length, mean: Math.round((s / n) * 10) / 10 };
