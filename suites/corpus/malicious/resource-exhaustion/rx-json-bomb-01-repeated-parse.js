/*---
id: rx-json-bomb-01-repeated-parse
description: >-
  Parses the same 100 KB JSON blob over and over and keeps every copy, the isolated-vm heap-limit JSON abuse
  test.
kind: malicious
category: resource-exhaustion
technique: RX-json-bomb
variant: plain
references:
  - "isolated-vm `tests/heap-limit-json-abuse.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
flags: [slow]
---*/
const blob = JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ i, s: 'x'.repeat(80) })));
const keep = [];
for (;;) keep.push(JSON.parse(blob));
