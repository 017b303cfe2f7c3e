/*---
id: collections-27-typed-array-conversions
description: "Converts between typed arrays of different element types and reads the same bytes through two views."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { floats: [1.5, -2], truncated: [1, -2], bytes: [0, 0, 192, 63], fromBytes: 1.5 } }
  high-security:   { outcome: allowed, value: { floats: [1.5, -2], truncated: [1, -2], bytes: [0, 0, 192, 63], fromBytes: 1.5 } }
  tenant-isolated: { outcome: allowed, value: { floats: [1.5, -2], truncated: [1, -2], bytes: [0, 0, 192, 63], fromBytes: 1.5 } }
---*/
const f = new Float32Array([1.5, -2]);
const i = Int32Array.from(f);
const bytes = new Uint8Array(f.buffer, 0, 4);
return { floats: [...f], truncated: [...i], bytes: [...bytes], fromBytes: new Float32Array(bytes.slice().buffer)[0] };
