/*---
id: collections-15-dataview-struct
description: "Packs and unpacks a binary record (u8, u16, f32) with DataView at explicit offsets."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { bytes: 7, type: 2, id: 513, value: 0.5 } }
  high-security:   { outcome: allowed, value: { bytes: 7, type: 2, id: 513, value: 0.5 } }
  tenant-isolated: { outcome: allowed, value: { bytes: 7, type: 2, id: 513, value: 0.5 } }
---*/
const buf = new ArrayBuffer(7);
const dv = new DataView(buf);
dv.setUint8(0, 2);
dv.setUint16(1, 513, true);
dv.setFloat32(3, 0.5, true);
return { bytes: buf.byteLength, type: dv.getUint8(0), id: dv.getUint16(1, true), value: dv.getFloat32(3, true) };
