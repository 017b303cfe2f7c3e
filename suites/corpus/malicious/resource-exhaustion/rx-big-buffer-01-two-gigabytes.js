/*---
id: rx-big-buffer-01-two-gigabytes
description: >-
  Allocates new ArrayBuffer(2 ** 31); the allocation must fail with a RangeError or be counted as external
  memory and killed.
kind: malicious
category: resource-exhaustion
technique: RX-big-buffer
variant: plain
references:
  - "isolated-vm README (`externally_allocated_size`)"
  - "vm2 GHSA-6785"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT] }
---*/
const buf = new ArrayBuffer(2 ** 31);
return 'NOT KILLED: ' + buf.byteLength + ' bytes allocated';
