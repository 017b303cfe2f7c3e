/*---
id: allocation-18-matrix-200
description: "Allocates a 200x200 matrix of doubles as nested arrays (about 320 KB) and computes its trace."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { trace: 39800, corner: 398 } }
  high-security:   { outcome: allowed, value: { trace: 39800, corner: 398 } }
  tenant-isolated: { outcome: allowed, value: { trace: 39800, corner: 398 } }
---*/
const n = 200;
const m = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => i + j));
let trace = 0;
for (let i = 0; i < n; i++) trace += m[i][i];
return { trace, corner: m[n - 1][n - 1] };
