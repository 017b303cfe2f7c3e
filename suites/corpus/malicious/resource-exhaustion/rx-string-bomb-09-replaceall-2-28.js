/*---
id: rx-string-bomb-09-replaceall-2-28
description: "String.prototype.replaceAll on 2 ** 28 characters: one builtin
  call that runs for tens of seconds without checking for termination"
kind: malicious
category: resource-exhaustion
technique: RX-string-bomb
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
// replaceAll on 2^28 characters: one builtin call that runs for tens of seconds without checking for
// termination.
const text = 'a'.repeat(2 ** 28);
return 'NOT KILLED: ' + text.replaceAll('a', '').length;
