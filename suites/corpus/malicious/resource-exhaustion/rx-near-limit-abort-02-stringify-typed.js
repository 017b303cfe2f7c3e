/*---
id: rx-near-limit-abort-02-stringify-typed
description: >-
  Serialises a 4 MB typed array with JSON.stringify, which turns it into an object with millions of keys in
  one allocation-heavy builtin call.
kind: malicious
category: resource-exhaustion
technique: RX-near-limit-abort
variant: obfuscated
references:
  - "isolated-vm #527, #457, #460"
  - "v5.0.4 README wishlist"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
flags: [slow]
---*/
const text = JSON.stringify(new Uint8Array(4 * 2 ** 20));
return 'NOT KILLED: ' + text.length;
