/*---
id: rx-sync-loop-01-empty-for
description: >-
  Spins in an empty for (;;) loop; only the runtime's deadline can end it, and the host must stay
  responsive.
kind: malicious
category: resource-exhaustion
technique: RX-sync-loop
variant: plain
references:
  - "isolated-vm `tests/timeout*.js`, \"Script execution timed out.\""
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [slow]
---*/
for (;;) {}
