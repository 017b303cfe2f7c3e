/*---
id: rx-unhandled-rejection-04-hostile-thrown-error
description: >-
  Throws an error object whose name and message getters spin for ever, so the runtime's own error reporting
  would hang the host if it read them outside the deadline.
kind: malicious
category: resource-exhaustion
technique: RX-unhandled-rejection
variant: combined
references:
  - "CVE-2026-44001 + residual (vm2 `test/ghsa/GHSA-hw58…`)"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
flags: [slow]
---*/
throw {
  get name() {
    for (;;) {}
  },
  get message() {
    for (;;) {}
  },
};
