/*---
id: allocation-28-uint8-6mb
description: "Allocates a 6 MB Uint8Array: allowed only under tenant-isolated's 8 MB budget. Where the allocation is over a profile's budget it is dropped before completion, and the budget applies to memory held at completion (SECURITY.md), so that profile may refuse it or complete it with the right value."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: contained, value: { bytes: 6291456, checksum: 3072 } }
  high-security:   { outcome: contained, value: { bytes: 6291456, checksum: 3072 } }
  tenant-isolated: { outcome: allowed, value: { bytes: 6291456, checksum: 3072 } }
---*/
const a = new Uint8Array(6 * 1024 * 1024).fill(2);
let checksum = 0;
for (let i = 0; i < a.length; i += 4096) checksum += a[i];
return { bytes: a.byteLength, checksum };
