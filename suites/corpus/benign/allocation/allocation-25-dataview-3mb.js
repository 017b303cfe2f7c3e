/*---
id: allocation-25-dataview-3mb
description: "Writes records through a DataView over a 3 MB buffer: beyond ultra-secure's budget, within high-security's. Where the allocation is over a profile's budget it is dropped before completion, and the budget applies to memory held at completion (SECURITY.md), so that profile may refuse it or complete it with the right value."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: contained, value: { records: 4096, sum: 8386560, size: 3145728 } }
  high-security:   { outcome: allowed, value: { records: 4096, sum: 8386560, size: 3145728 } }
  tenant-isolated: { outcome: allowed, value: { records: 4096, sum: 8386560, size: 3145728 } }
---*/
const buf = new ArrayBuffer(3 * 1024 * 1024);
const dv = new DataView(buf);
const stride = 768;
let sum = 0;
for (let r = 0; r < 4096; r++) dv.setUint32(r * stride, r, true);
for (let r = 0; r < 4096; r++) sum += dv.getUint32(r * stride, true);
return { records: 4096, sum, size: buf.byteLength };
