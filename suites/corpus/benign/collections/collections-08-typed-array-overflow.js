/*---
id: collections-08-typed-array-overflow
description: "Shows modular wrap-around when storing out-of-range values in fixed-width typed arrays."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [0, 255, 44, -128, 65535, 1.5] }
  high-security:   { outcome: allowed, value: [0, 255, 44, -128, 65535, 1.5] }
  tenant-isolated: { outcome: allowed, value: [0, 255, 44, -128, 65535, 1.5] }
---*/
const u8 = new Uint8Array([256, -1, 300]);
const i8 = new Int8Array([128]);
const u16 = new Uint16Array([-1]);
const f32 = new Float32Array([1.5]);
return [...u8, ...i8, ...u16, ...f32];
