/*---
id: rx-heap-growth-02-map-of-strings
description: >-
  Grows a Map of distinct 100 KB strings, memory that lives in the string space rather than in arrays.
kind: malicious
category: resource-exhaustion
technique: RX-heap-growth
variant: obfuscated
references:
  - "isolated-vm README example"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
flags: [slow]
---*/
const m = new Map();
for (let i = 0; ; i++) m.set(i, 'x'.repeat(100000) + i);
