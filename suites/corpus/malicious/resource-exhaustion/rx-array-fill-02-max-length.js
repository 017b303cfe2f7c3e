/*---
id: rx-array-fill-02-max-length
description: >-
  Fills an array of the maximum length 2 ** 32 - 1 with strings through Array.prototype.fill.call on an
  array-like object.
kind: malicious
category: resource-exhaustion
technique: RX-array-fill
variant: obfuscated
references:
  - "isolated-vm #137 / #107"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
flags: [slow]
---*/
const like = { length: 2 ** 32 - 1 };
Array.prototype.fill.call(like, 'x');
return 'NOT KILLED: filled';
