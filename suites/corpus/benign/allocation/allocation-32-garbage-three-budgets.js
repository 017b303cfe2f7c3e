/*---
id: allocation-32-garbage-three-budgets
description: "Allocates about three and a half times the ultra-secure budget in
  buffers it drops at once: garbage is not held, so every profile completes."
kind: benign
category: allocation
expect:
  ultra-secure:
    outcome: allowed
    value: 7200000
  high-security:
    outcome: allowed
    value: 7200000
  tenant-isolated:
    outcome: allowed
    value: 7200000
---*/
// Allocates about three and a half times the ultra-secure budget in buffers it drops at once; only the
// sum is kept.
let sum = 0;
for (let i = 0; i < 12; i++) {
  const chunk = new Uint8Array(600000);
  chunk[i] = 1;
  sum += chunk.length;
}
return sum;
