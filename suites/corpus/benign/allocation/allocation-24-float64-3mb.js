/*---
id: allocation-24-float64-3mb
description: "Allocates a 3 MB Float64Array (393,216 doubles): refused by ultra-secure's budget, allowed from high-security up. Where the allocation is over a profile's budget it is dropped before completion, and the budget applies to memory held at completion (SECURITY.md), so that profile may refuse it or complete it with the right value."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: contained, value: { length: 393216, sampled: 96, last: 0.5 } }
  high-security:   { outcome: allowed, value: { length: 393216, sampled: 96, last: 0.5 } }
  tenant-isolated: { outcome: allowed, value: { length: 393216, sampled: 96, last: 0.5 } }
---*/
const f = new Float64Array(393216).fill(0.25);
f[f.length - 1] = 0.5;
let sampled = 0;
for (let i = 0; i < f.length; i += 1024) sampled += f[i];
return { length: f.length, sampled, last: f[f.length - 1] };
