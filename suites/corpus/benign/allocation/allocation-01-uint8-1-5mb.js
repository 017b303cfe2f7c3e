/*---
id: allocation-01-uint8-1-5mb
description: "Allocates a 1.5 MB Uint8Array, under every profile's budget, and returns only a strided checksum."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { bytes: 1572864, checksum: 1152 } }
  high-security:   { outcome: allowed, value: { bytes: 1572864, checksum: 1152 } }
  tenant-isolated: { outcome: allowed, value: { bytes: 1572864, checksum: 1152 } }
---*/
const a = new Uint8Array(1.5 * 1024 * 1024);
a.fill(3);
let sum = 0;
for (let i = 0; i < a.length; i += 4096) sum += a[i];
return { bytes: a.byteLength, checksum: sum };
