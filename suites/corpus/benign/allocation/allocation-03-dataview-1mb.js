/*---
id: allocation-03-dataview-1mb
description: "Writes big- and little-endian integers through a DataView over a 1 MB ArrayBuffer and reads them back."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { big: 305419896, little: 2018915346, bytes: [18, 52, 86, 120], size: 1048576 } }
  high-security:   { outcome: allowed, value: { big: 305419896, little: 2018915346, bytes: [18, 52, 86, 120], size: 1048576 } }
  tenant-isolated: { outcome: allowed, value: { big: 305419896, little: 2018915346, bytes: [18, 52, 86, 120], size: 1048576 } }
---*/
const buf = new ArrayBuffer(1024 * 1024);
const dv = new DataView(buf);
const end = buf.byteLength - 4;
dv.setUint32(0, 0x12345678, false);
dv.setUint32(end, 0x12345678, false);
const bytes = [...new Uint8Array(buf, end, 4)];
return { big: dv.getUint32(0, false), little: dv.getUint32(end, true), bytes, size: buf.byteLength };
