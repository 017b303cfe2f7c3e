/*---
id: rx-host-call-flood-01-log-loop
description: >-
  Calls console.log a hundred thousand times; logs must be capped and the flood must not stall the host.
kind: malicious
category: resource-exhaustion
technique: RX-host-call-flood
variant: plain
references:
  - "isolated-vm #169"
  - "forge-sandbox \"Output size limits\""
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
flags: [slow]
---*/
for (let i = 0; i < 100000; i++) console.log('line ' + i);
return 'held';
