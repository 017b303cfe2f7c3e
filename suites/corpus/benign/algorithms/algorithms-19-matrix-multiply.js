/*---
id: algorithms-19-matrix-multiply
description: "Multiplies matrices and raises a Fibonacci matrix to a power."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { product: [[19, 22], [43, 50]], fib10: 55 } }
  high-security:   { outcome: allowed, value: { product: [[19, 22], [43, 50]], fib10: 55 } }
  tenant-isolated: { outcome: allowed, value: { product: [[19, 22], [43, 50]], fib10: 55 } }
---*/
const mul = (a, b) => a.map((row) => b[0].map((_, j) => row.reduce((s, x, k) => s + x * b[k][j], 0)));
let m = [[1, 1], [1, 0]];
let r = [[1, 0], [0, 1]];
for (let i = 0; i < 10; i++) r = mul(r, m);
return { product: mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]), fib10: r[0][1] };
