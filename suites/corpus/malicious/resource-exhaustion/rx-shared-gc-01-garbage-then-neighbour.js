/*---
id: rx-shared-gc-01-garbage-then-neighbour
description: >-
  Tenant a churns through transient garbage three times in a row on the shared isolate; tenant b's tiny
  computation must still run, not be killed by a's uncollected garbage.
kind: malicious
category: resource-exhaustion
technique: RX-shared-gc
variant: plain
references:
  - "laverdet in isolated-vm #106"
expect:
  ultra-secure:    { outcome: allowed, value: 5050 }
  high-security:   { outcome: allowed, value: 5050 }
  tenant-isolated: { outcome: allowed, value: 5050 }
flags: [multi-step]
---*/
//@step tenant=a
for (let i = 0; i < 150; i++) new Array(1000).fill(i);
return 'churned';
//@step tenant=a
for (let i = 0; i < 150; i++) ('z'.repeat(1000) + i).split('');
return 'churned';
//@step tenant=a
for (let i = 0; i < 150; i++) new Float64Array(1000);
return 'churned';
//@step tenant=b
let sum = 0;
for (let i = 1; i <= 100; i++) sum += i;
return sum;
