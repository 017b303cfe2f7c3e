/*---
id: em-dispose-race-02-timeout-mid-call
description: "Tenant a is killed by the time budget while host calls (fetch, import) are still pending; the next execution of the same tenant must run normally."
kind: malicious
category: embedder-misuse
technique: EM-dispose-race
variant: obfuscated
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
const pending = [import('fs')];
if (typeof globalThis['fe' + 'tch'] === 'function') pending.push(globalThis['fe' + 'tch']('https://slow.example/'));
for (;;) {}
//@step tenant=a
return 'alive';
