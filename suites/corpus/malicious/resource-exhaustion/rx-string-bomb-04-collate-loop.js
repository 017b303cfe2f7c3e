/*---
id: rx-string-bomb-04-collate-loop
description: "Loops localeCompare on two 16-million-character strings: ICU
  ignores termination, so each call runs to its end past the deadline unless
  calls are bounded."
kind: malicious
category: resource-exhaustion
technique: RX-string-bomb
variant: plain
references:
  - "sandproof SECURITY.md, non-claims: ICU collation is bounded per call, so
    the deadline ends a loop of calls"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
      - ERR_TIMEOUT
      - ERR_MEMORY_LIMIT
  high-security:
    outcome: blocked
    stages:
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
      - ERR_TIMEOUT
      - ERR_MEMORY_LIMIT
  tenant-isolated:
    outcome: blocked
    stages:
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
      - ERR_TIMEOUT
      - ERR_MEMORY_LIMIT
flags:
  - slow
---*/
// ICU collation ignores termination: each call on multi-million-character strings runs to its end,
// so a loop of them overruns the deadline by as long as one call takes.
const a = 'ä'.repeat(2 ** 24) + 'b';
const b = 'ä'.repeat(2 ** 24) + 'c';
let n = 0;
for (;;) n += a.localeCompare(b);
