/*---
id: rx-host-call-flood-02-giant-log-lines
description: >-
  Logs twenty half-megabyte strings, far beyond any sane log budget, through an alias of console.log.
kind: malicious
category: resource-exhaustion
technique: RX-host-call-flood
variant: obfuscated
references:
  - "isolated-vm #169"
  - "forge-sandbox \"Output size limits\""
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const log = console.log;
const big = 'x'.repeat(500000);
for (let i = 0; i < 20; i++) log(big);
return 'held';
