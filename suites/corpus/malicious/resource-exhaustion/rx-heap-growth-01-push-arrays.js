/*---
id: rx-heap-growth-01-push-arrays
description: >-
  Pushes 100,000-element arrays into a retained list until memory runs out; the isolate must be killed on
  its memory limit and replaced, and the host must survive.
kind: malicious
category: resource-exhaustion
technique: RX-heap-growth
variant: plain
references:
  - "isolated-vm README example"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
flags: [slow]
---*/
const keep = [];
for (;;) keep.push(new Array(100000).fill(keep.length));
