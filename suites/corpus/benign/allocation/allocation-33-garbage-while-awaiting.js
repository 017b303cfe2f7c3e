/*---
id: allocation-33-garbage-while-awaiting
description: "Allocates and drops 600 KB buffers between awaits, where the
  budget is also checked: dropped buffers are not held."
kind: benign
category: allocation
expect:
  ultra-secure:
    outcome: allowed
    value: 6000000
  high-security:
    outcome: allowed
    value: 6000000
  tenant-isolated:
    outcome: allowed
    value: 6000000
flags:
  - async
---*/
// Allocates and drops buffers between awaits, where the budget is also checked while the guest waits.
let sum = 0;
for (let i = 0; i < 10; i++) {
  let chunk = new Uint8Array(600000);
  chunk[i] = 1;
  sum += chunk.length;
  chunk = null;
  await new Promise((resolve) => Promise.resolve().then(resolve));
}
return sum;
