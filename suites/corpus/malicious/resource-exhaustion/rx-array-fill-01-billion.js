/*---
id: rx-array-fill-01-billion
description: >-
  Fills a billion-element array, the isolated-vm #137 pattern; it must end in a kill, never in a host crash.
kind: malicious
category: resource-exhaustion
technique: RX-array-fill
variant: plain
references:
  - "isolated-vm #137 / #107"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
flags: [slow]
---*/
const a = Array(1e9).fill(0);
return 'NOT KILLED: ' + a.length;
