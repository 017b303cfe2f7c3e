/*---
id: allocation-11-sequential-release
description: "Allocates four 256 KB buffers one after another and drops each, about 1 MB of garbage in total."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: [1, 2, 3, 4] }
  high-security:   { outcome: allowed, value: [1, 2, 3, 4] }
  tenant-isolated: { outcome: allowed, value: [1, 2, 3, 4] }
---*/
const out = [];
for (let i = 1; i <= 4; i++) {
  const tmp = new Uint8Array(256 * 1024).fill(i);
  out.push(tmp[tmp.length >> 1]);
}
return out;
