/*---
id: em-dispose-race-03-kill-in-microtask
description: "Tenant a exhausts memory from inside a microtask chain, so the kill lands during promise jobs; then tenant b runs on the same pool and must see pristine builtins."
kind: malicious
category: embedder-misuse
technique: EM-dispose-race
variant: combined
references:
  - "isolated-vm tests/dispose-race.js"
  - "isolated-vm tests/dispose-while-running.js"
  - "isolated-vm tests/busy-dispose.js"
expect:
  ultra-secure: { outcome: allowed, value: "pristine" }
  high-security: { outcome: allowed, value: "pristine" }
  tenant-isolated: { outcome: allowed, value: "pristine" }
flags: [slow, async, multi-step]
---*/
//@step tenant=a
Array.prototype.push = function () { return 'ESCAPED'; };
const grow = (acc) => Promise.resolve().then(() => { acc[acc.length] = 'x'.repeat(1 << 16) + acc.length; return grow(acc); });
await grow([]);
//@step tenant=b
const a = [];
a.push(1);
return a.length === 1 && typeof Array.prototype.push === 'function' ? 'pristine' : 'ESCAPED: residue';
