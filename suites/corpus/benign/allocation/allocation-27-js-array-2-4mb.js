/*---
id: allocation-27-js-array-2-4mb
description: "Holds a plain array of 300,000 small integers (2.4 MB of element storage): over ultra-secure's budget, under high-security's. Where the allocation is over a profile's budget it is dropped before completion, and the budget applies to memory held at completion (SECURITY.md), so that profile may refuse it or complete it with the right value."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: contained, value: { length: 300000, sum: 300000 } }
  high-security:   { outcome: allowed, value: { length: 300000, sum: 300000 } }
  tenant-isolated: { outcome: allowed, value: { length: 300000, sum: 300000 } }
---*/
// fill(1) keeps the small-integer element kind, so the backing store is allocated once, with no copy.
const xs = new Array(300000).fill(1);
let sum = 0;
for (let i = 0; i < xs.length; i++) sum += xs[i];
return { length: xs.length, sum };
