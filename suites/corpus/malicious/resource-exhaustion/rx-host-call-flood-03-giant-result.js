/*---
id: rx-host-call-flood-03-giant-result
description: >-
  Returns a 1.5 MB string, a result larger than the runtime should ever copy back to the host.
kind: malicious
category: resource-exhaustion
technique: RX-host-call-flood
variant: combined
references:
  - "isolated-vm #169"
  - "forge-sandbox \"Output size limits\""
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_RESULT_NOT_TRANSFERABLE, ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_RESULT_NOT_TRANSFERABLE, ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_RESULT_NOT_TRANSFERABLE, ERR_MEMORY_LIMIT] }
---*/
return 'y'.repeat(1.5 * 2 ** 20);
