/*---
id: allocation-10-reused-scratch-buffer
description: "Reuses one 256 KB scratch buffer across several passes instead of allocating a new one each time."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { passes: 4, checksum: 10 } }
  high-security:   { outcome: allowed, value: { passes: 4, checksum: 10 } }
  tenant-isolated: { outcome: allowed, value: { passes: 4, checksum: 10 } }
---*/
const scratch = new Uint8Array(256 * 1024);
let checksum = 0;
for (let pass = 1; pass <= 4; pass++) {
  scratch.fill(pass);
  checksum += scratch[scratch.length - 1];
}
return { passes: 4, checksum };
