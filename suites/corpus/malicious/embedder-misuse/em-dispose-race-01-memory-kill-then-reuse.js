/*---
id: em-dispose-race-01-memory-kill-then-reuse
description: "Tenant a leaves a never-settling promise and grows the heap until the isolate is killed; tenant a then runs again and must get a working sandbox (the isolate disposed and replaced cleanly)."
kind: malicious
category: embedder-misuse
technique: EM-dispose-race
variant: plain
references:
  - "isolated-vm tests/dispose-race.js"
  - "isolated-vm tests/dispose-while-running.js"
  - "isolated-vm tests/busy-dispose.js"
expect:
  ultra-secure: { outcome: allowed, value: "alive" }
  high-security: { outcome: allowed, value: "alive" }
  tenant-isolated: { outcome: allowed, value: "alive" }
flags: [slow, multi-step]
---*/
//@step tenant=a
new Promise(() => {});
const hog = [];
for (;;) hog.push(new Array(1e5).fill(1.5));
//@step tenant=a
return 'alive';
