/*---
id: allocation-22-resizable-arraybuffer
description: "Grows a resizable ArrayBuffer from 64 KB to 1 MB, a legal growth pattern that stays under every budget."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { before: 65536, after: 1048576, max: 1048576, viewLength: 1048576, kept: 5 } }
  high-security:   { outcome: allowed, value: { before: 65536, after: 1048576, max: 1048576, viewLength: 1048576, kept: 5 } }
  tenant-isolated: { outcome: allowed, value: { before: 65536, after: 1048576, max: 1048576, viewLength: 1048576, kept: 5 } }
---*/
const buf = new ArrayBuffer(64 * 1024, { maxByteLength: 1024 * 1024 });
const view = new Uint8Array(buf);
view[0] = 5;
const before = buf.byteLength;
buf.resize(1024 * 1024);
return { before, after: buf.byteLength, max: buf.maxByteLength, viewLength: view.length, kept: view[0] };
