/*---
id: rx-big-buffer-03-many-medium-buffers
description: >-
  Keeps eight filled 3 MB buffers alive, each under any single-allocation check but together three times the
  largest budget: external memory must be counted.
  A typed-array allocation refused at the isolate's limit (an uncaught RangeError, ERR_SCRIPT_ERROR) is as
  correct a refusal as the budget's kill.
kind: malicious
category: resource-exhaustion
technique: RX-big-buffer
variant: combined
references:
  - "isolated-vm README (`externally_allocated_size`)"
  - "vm2 GHSA-6785"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR] }
---*/
// Kept reachable after the return: the budget applies to memory held at completion (SECURITY.md).
const keep = (globalThis.keep = []);
for (let i = 0; i < 8; i++) keep.push(new Uint8Array(3 * 2 ** 20).fill(i + 1));
return 'NOT KILLED: ' + keep.length * 3 + ' MB held';
