/*---
id: allocation-21-arraybuffer-slice
description: "Copies half of a 1 MB ArrayBuffer with slice (1.5 MB in all) and shows the copy is independent."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { copy: 524288, before: 9, after: 9, original: 1 } }
  high-security:   { outcome: allowed, value: { copy: 524288, before: 9, after: 9, original: 1 } }
  tenant-isolated: { outcome: allowed, value: { copy: 524288, before: 9, after: 9, original: 1 } }
---*/
const buf = new ArrayBuffer(1024 * 1024);
new Uint8Array(buf).fill(9);
const half = buf.slice(0, 512 * 1024);
const before = new Uint8Array(half)[0];
new Uint8Array(buf)[0] = 1;
return { copy: half.byteLength, before, after: new Uint8Array(half)[0], original: new Uint8Array(buf)[0] };
