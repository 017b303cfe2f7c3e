/*---
id: syntax-05-spread-merge
description: "Merges objects and arrays with spread, where later keys win and arrays concatenate in order."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: { merged: { a: 1, b: 3, c: 4 }, arr: [0, 1, 2, 3, 4] } }
  high-security:   { outcome: allowed, value: { merged: { a: 1, b: 3, c: 4 }, arr: [0, 1, 2, 3, 4] } }
  tenant-isolated: { outcome: allowed, value: { merged: { a: 1, b: 3, c: 4 }, arr: [0, 1, 2, 3, 4] } }
---*/
const base = { a: 1, b: 2 };
const over = { b: 3, c: 4 };
const xs = [1, 2];
return { merged: { ...base, ...over }, arr: [0, ...xs, ...[3, 4]] };
