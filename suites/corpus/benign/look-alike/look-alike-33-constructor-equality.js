/*---
id: look-alike-33-constructor-equality
description: "Compares arr.constructor === Array to test types, a single constructor read with no call."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [true, false, true] }
  high-security:   { outcome: allowed, value: [true, false, true] }
  tenant-isolated: { outcome: allowed, value: [true, false, true] }
---*/
const isArr = (x) => x != null && x.constructor === Array;
return [isArr([1]), isArr({ length: 1 }), ({}).constructor === Object];
