/*---
id: allocation-31-int32-6mb-prefix-sum
description: "Computes prefix sums in place over a 6 MB Int32Array and returns the final total: tenant-isolated only. Where the allocation is over a profile's budget it is dropped before completion, and the budget applies to memory held at completion (SECURITY.md), so that profile may refuse it or complete it with the right value."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: contained, value: { length: 1572864, total: 1572864, mid: 786432 } }
  high-security:   { outcome: contained, value: { length: 1572864, total: 1572864, mid: 786432 } }
  tenant-isolated: { outcome: allowed, value: { length: 1572864, total: 1572864, mid: 786432 } }
---*/
const a = new Int32Array(1572864).fill(1);
for (let i = 1; i < a.length; i++) a[i] += a[i - 1];
return { length: a.length, total: a[a.length - 1], mid: a[(a.length >> 1) - 1] };
