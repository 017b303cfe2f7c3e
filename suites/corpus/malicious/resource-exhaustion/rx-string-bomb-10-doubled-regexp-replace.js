/*---
id: rx-string-bomb-10-doubled-regexp-replace
description: A string doubled 28 times, then a global regexp replace that
  flattens and walks it in one builtin call that does not check for termination
kind: malicious
category: resource-exhaustion
technique: RX-string-bomb
variant: combined
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
// A string doubled 28 times (cheap: a rope), then a global regexp replace that flattens it and walks every
// character inside one builtin call.
let s = 'a';
for (let i = 0; i < 28; i++) s += s;
return 'NOT KILLED: ' + s.replace(/a/g, '').length;
