/*---
id: rx-array-fill-04-generic-lastindexof
description: "Array.prototype.lastIndexOf borrowed from an empty array and
  called on an array-like of length 2 ** 53 - 1: a generic builtin loop that
  does not check for termination"
kind: malicious
category: resource-exhaustion
technique: RX-array-fill
variant: obfuscated
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
// lastIndexOf borrowed from an empty array and applied to an array-like of the largest safe length: the
// search walks down from 2^53 - 2 without checking for termination.
const search = [].lastIndexOf;
const like = { length: 2 ** 53 - 1, 0: 'first' };
return 'NOT KILLED: ' + search.call(like, 'first');
