/*---
id: allocation-26-int32-two-1-5mb
description: "Keeps two live 1.5 MB Int32Arrays (3 MB together): each fits ultra-secure's budget but their sum does not. Where the allocation is over a profile's budget it is dropped before completion, and the budget applies to memory held at completion (SECURITY.md), so that profile may refuse it or complete it with the right value."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: contained, value: { a: 393216, b: 393216, dot: 2359296 } }
  high-security:   { outcome: allowed, value: { a: 393216, b: 393216, dot: 2359296 } }
  tenant-isolated: { outcome: allowed, value: { a: 393216, b: 393216, dot: 2359296 } }
---*/
const a = new Int32Array(393216).fill(2);
const b = new Int32Array(393216).fill(3);
let dot = 0;
for (let i = 0; i < a.length; i += 1) dot += a[i] * b[i];
return { a: a.length, b: b.length, dot };
