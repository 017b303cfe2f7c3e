/*---
id: rx-atomics-wait-01-long-wait
description: >-
  Blocks the isolate thread with Atomics.wait for a billion milliseconds; without SharedArrayBuffer it is a
  ReferenceError, with it the wait must be refused or ended by the deadline.
kind: malicious
category: resource-exhaustion
technique: RX-atomics-wait
variant: plain
references:
  - "oven-sh/bun PR #33764"
  - "test262 `Atomics/wait/cannot-suspend-throws.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_SCRIPT_ERROR] }
flags: [slow]
---*/
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1e9);
return 'NOT KILLED: wait returned';
