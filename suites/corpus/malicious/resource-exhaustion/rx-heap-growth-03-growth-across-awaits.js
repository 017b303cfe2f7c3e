/*---
id: rx-heap-growth-03-growth-across-awaits
description: >-
  Grows the heap in steps separated by awaits, so that some of the growth happens while the runtime may be
  measuring between turns.
kind: malicious
category: resource-exhaustion
technique: RX-heap-growth
variant: combined
references:
  - "isolated-vm README example"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
flags: [async, slow]
---*/
const keep = [];
for (let i = 0; ; i++) {
  keep.push(new Float64Array(8192), new Array(4096).fill(i));
  if (i % 8 === 0) await null;
}
