/*---
id: rx-big-buffer-04-float16
description: >-
  Allocates through Float16Array, the typed array V8 13 added, and keeps it reachable: its backing store
  is external memory like any other typed array's and must count against the execution's budget.
  A typed-array allocation refused at the isolate's limit (an uncaught RangeError, ERR_SCRIPT_ERROR) is as
  correct a refusal as the budget's kill.
kind: malicious
category: resource-exhaustion
technique: RX-big-buffer
variant: plain
references:
  - "isolated-vm README (externally_allocated_size)"
  - "tc39 proposal-float16array"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR] }
---*/
// Kept reachable after the return: the budget applies to memory held at completion (SECURITY.md).
const keep = (globalThis.keep = []);
for (let i = 0; i < 8; i++) keep.push(new Float16Array(2 ** 20).fill(i));
return 'NOT KILLED: ' + keep.length * 2 + ' MB held';
