/*---
id: rx-await-loop-01-await-zero
description: >-
  Loops for ever on await 0, yielding to the microtask queue on every turn but never returning.
kind: malicious
category: resource-exhaustion
technique: RX-await-loop
variant: plain
references:
  - "Node vm docs"
  - "quickjs-ng #810"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
flags: [async, slow]
---*/
for (;;) await 0;
