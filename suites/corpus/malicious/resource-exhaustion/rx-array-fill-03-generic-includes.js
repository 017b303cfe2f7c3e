/*---
id: rx-array-fill-03-generic-includes
description: "Array.prototype.includes.call on an array-like of length 2 ** 53 -
  1: a generic builtin loop that does not check for termination"
kind: malicious
category: resource-exhaustion
technique: RX-array-fill
variant: plain
references:
  - "SECURITY.md non-claims: termination-proof builtins"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - runtime
    errors:
      - ERR_TIMEOUT
      - ERR_MEMORY_LIMIT
      - ERR_INTERNAL
  high-security:
    outcome: blocked
    stages:
      - runtime
    errors:
      - ERR_TIMEOUT
      - ERR_MEMORY_LIMIT
      - ERR_INTERNAL
  tenant-isolated:
    outcome: blocked
    stages:
      - runtime
    errors:
      - ERR_TIMEOUT
      - ERR_MEMORY_LIMIT
      - ERR_INTERNAL
flags:
  - slow
---*/
// Generic Array.prototype.includes on an array-like of 2^53 - 1 elements: a builtin loop that never
// checks for termination.
const haystack = { length: Number.MAX_SAFE_INTEGER };
const found = Array.prototype.includes.call(haystack, 'needle');
return 'NOT KILLED: ' + found;
