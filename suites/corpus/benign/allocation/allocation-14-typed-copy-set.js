/*---
id: allocation-14-typed-copy-set
description: "Copies 512 KB between two typed arrays with set() and verifies the copy, about 1 MB in all."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { equal: true, first: 7, offsetCopy: [0, 7, 7] } }
  high-security:   { outcome: allowed, value: { equal: true, first: 7, offsetCopy: [0, 7, 7] } }
  tenant-isolated: { outcome: allowed, value: { equal: true, first: 7, offsetCopy: [0, 7, 7] } }
---*/
const src = new Uint8Array(512 * 1024).fill(7);
const dst = new Uint8Array(512 * 1024);
dst.set(src.subarray(0, src.length - 1), 1);
let equal = true;
for (let i = 1; i < dst.length; i += 997) if (dst[i] !== src[i - 1]) equal = false;
return { equal, first: src[0], offsetCopy: [dst[0], dst[1], dst[dst.length - 1]] };
