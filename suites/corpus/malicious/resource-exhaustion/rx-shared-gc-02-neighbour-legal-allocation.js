/*---
id: rx-shared-gc-02-neighbour-legal-allocation
description: >-
  After tenant a leaves garbage behind, tenant b makes a legal 1 MB allocation, half the smallest budget; a
  budget measured as raw heap growth would kill b for a's garbage.
kind: malicious
category: resource-exhaustion
technique: RX-shared-gc
variant: combined
references:
  - "laverdet in isolated-vm #106"
expect:
  ultra-secure:    { outcome: allowed, value: 1024 }
  high-security:   { outcome: allowed, value: 1024 }
  tenant-isolated: { outcome: allowed, value: 1024 }
flags: [multi-step]
---*/
//@step tenant=a
const junk = [];
for (let i = 0; i < 100; i++) junk.push(new Array(1000).fill('junk'));
return junk.length;
//@step tenant=a
for (let i = 0; i < 100; i++) new Array(1000).fill('junk');
return 'churned';
//@step tenant=b
const buf = new Float64Array(131072).fill(1);
return buf.length / 128;
