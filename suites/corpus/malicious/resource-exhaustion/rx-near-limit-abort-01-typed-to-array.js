/*---
id: rx-near-limit-abort-01-typed-to-array
description: >-
  Copies a 16 MB typed array into a plain JS array with Array.from, the isolated-vm #527 pattern that can
  hit V8's fatal out-of-memory path before the limit check.
kind: malicious
category: resource-exhaustion
technique: RX-near-limit-abort
variant: plain
references:
  - "isolated-vm #527, #457, #460"
  - "v5.0.4 README wishlist"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
flags: [slow]
---*/
const bytes = new Uint8Array(16 * 2 ** 20);
const copy = Array.from(bytes);
return 'NOT KILLED: ' + copy.length;
