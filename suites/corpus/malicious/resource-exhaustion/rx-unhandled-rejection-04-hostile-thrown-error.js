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
unproven: "Not proven: on vm2 3.9.19, the one vulnerable sandbox the suite installs, the sample gives no verdict within 20 s (it stalls or ends the process that hosts vm2), so no evidence was taken."
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
