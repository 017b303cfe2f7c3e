/*---
id: rx-sync-loop-03-swallow-termination
description: >-
  Nests the loop in try/catch/finally that catch everything and restart, hoping to swallow the termination;
  V8's termination is uncatchable, so the deadline must still win.
kind: malicious
category: resource-exhaustion
technique: RX-sync-loop
variant: combined
references:
  - "isolated-vm `tests/timeout*.js`, \"Script execution timed out.\""
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [slow]
---*/
for (;;) {
  try {
    for (;;) {}
  } catch {
    continue;
  } finally {
    for (;;) {}
  }
}
