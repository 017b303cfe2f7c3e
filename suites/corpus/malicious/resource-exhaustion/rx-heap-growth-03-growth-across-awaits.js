/*---
id: rx-heap-growth-03-growth-across-awaits
description: >-
  Grows the heap in steps separated by awaits, so that some of the growth happens while the runtime may be
  measuring between turns. A typed-array allocation refused at the isolate's limit (a RangeError the guest
  does not catch, ERR_SCRIPT_ERROR) is as correct a refusal as the budget's kill: which comes first depends on
  when V8 collects.
kind: malicious
category: resource-exhaustion
technique: RX-heap-growth
variant: combined
references:
  - "isolated-vm README example"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT, ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT, ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT, ERR_SCRIPT_ERROR] }
flags: [async, slow]
---*/
const keep = [];
for (let i = 0; ; i++) {
  keep.push(new Float64Array(8192), new Array(4096).fill(i));
  if (i % 8 === 0) await null;
}
