/*---
id: syntax-18-arrow-this
description: "Shows that arrow functions capture this lexically from the enclosing method."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: [2, 4, 6] }
  high-security:   { outcome: allowed, value: [2, 4, 6] }
  tenant-isolated: { outcome: allowed, value: [2, 4, 6] }
---*/
const scaler = {
  factor: 2,
  apply(xs) { return xs.map((x) => x * this.factor); },
};
return scaler.apply([1, 2, 3]);
