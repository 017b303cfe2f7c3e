/*---
id: allocation-23-uint8-3mb
description: "Allocates a 3 MB Uint8Array: over ultra-secure's 2 MB budget, under high-security's 4 MB and tenant-isolated's 8 MB. Where the allocation is over a profile's budget it is dropped before completion, and the budget applies to memory held at completion (SECURITY.md), so that profile may refuse it or complete it with the right value."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: contained, value: { bytes: 3145728, checksum: 768 } }
  high-security:   { outcome: allowed, value: { bytes: 3145728, checksum: 768 } }
  tenant-isolated: { outcome: allowed, value: { bytes: 3145728, checksum: 768 } }
---*/
const a = new Uint8Array(3 * 1024 * 1024).fill(1);
let checksum = 0;
for (let i = 0; i < a.length; i += 4096) checksum += a[i];
return { bytes: a.byteLength, checksum };
