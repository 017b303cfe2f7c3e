/*---
id: allocation-27-js-array-3mb
description: "Holds a dense array of 400,000 doubles (about 3.2 MB of heap): over ultra-secure's budget, under high-security's."
kind: benign
category: allocation
flags: [slow]
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT] }
  high-security:   { outcome: allowed, value: { length: 400000, sum: 200000 } }
  tenant-isolated: { outcome: allowed, value: { length: 400000, sum: 200000 } }
---*/
const xs = new Array(400000).fill(0.5);
let sum = 0;
for (let i = 0; i < xs.length; i++) sum += xs[i];
return { length: xs.length, sum };
