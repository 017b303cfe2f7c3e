/*---
id: rx-big-buffer-02-gigabyte-view
description: >-
  Creates a one-gigabyte Uint8Array through Reflect.construct and touches its last page, forcing real memory
  behind the view.
kind: malicious
category: resource-exhaustion
technique: RX-big-buffer
variant: obfuscated
references:
  - "isolated-vm README (`externally_allocated_size`)"
  - "vm2 GHSA-6785"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT] }
---*/
const view = Reflect.construct(Uint8Array, [1e9]);
view[view.length - 1] = 1;
return 'NOT KILLED: ' + view.length;
