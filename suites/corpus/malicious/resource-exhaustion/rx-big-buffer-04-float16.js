/*---
id: rx-big-buffer-04-float16
description: >-
  Allocates through Float16Array, the typed array V8 13 added, and keeps it reachable: its backing store
  is external memory like any other typed array's and must count against the execution's budget.
kind: malicious
category: resource-exhaustion
technique: RX-big-buffer
variant: plain
references:
  - "isolated-vm README (externally_allocated_size)"
  - "tc39 proposal-float16array"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT] }
---*/
// Kept reachable after the return: the budget applies to memory held at completion (SECURITY.md).
const keep = (globalThis.keep = []);
for (let i = 0; i < 8; i++) keep.push(new Float16Array(2 ** 20).fill(i));
return 'NOT KILLED: ' + keep.length * 2 + ' MB held';
