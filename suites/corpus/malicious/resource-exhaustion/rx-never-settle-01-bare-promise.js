/*---
id: rx-never-settle-01-bare-promise
description: >-
  Awaits a promise that nothing will ever resolve; isolated-vm's CPU timeout does not cover this, so a
  wall-clock deadline must.
kind: malicious
category: resource-exhaustion
technique: RX-never-settle
variant: plain
references:
  - "isolated-vm #318, #475, #518"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [async, slow]
---*/
await new Promise(() => {});
return 'NOT KILLED: settled';
