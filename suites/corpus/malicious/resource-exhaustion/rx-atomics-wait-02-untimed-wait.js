/*---
id: rx-atomics-wait-02-untimed-wait
description: >-
  Waits with no timeout at all through an alias of Atomics.wait obtained by Reflect.get.
kind: malicious
category: resource-exhaustion
technique: RX-atomics-wait
variant: obfuscated
references:
  - "oven-sh/bun PR #33764"
  - "test262 `Atomics/wait/cannot-suspend-throws.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_SCRIPT_ERROR] }
flags: [slow]
---*/
const wait = Reflect.get(Atomics, 'wa' + 'it');
const cell = new Int32Array(new SharedArrayBuffer(8));
wait(cell, 1, 0);
return 'NOT KILLED: wait returned';
