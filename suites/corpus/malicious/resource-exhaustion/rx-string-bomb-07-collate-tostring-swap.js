/*---
id: rx-string-bomb-07-collate-tostring-swap
description: Passes localeCompare an object whose toString answers short on odd
  reads and a 16-million-character string on even ones, so a check that reads it
  again sees other text than ICU.
kind: malicious
category: resource-exhaustion
technique: RX-string-bomb
variant: obfuscated
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
// An argument whose toString answers short the first time and a huge string afterwards: a length check
// that converts the argument, then hands the original object to ICU, sees the short text.
const huge = 'ä'.repeat(2 ** 24);
let reads = 0;
const chameleon = { toString() { reads++; return reads % 2 === 1 ? 'a' : huge; } };
let n = 0;
for (;;) n += String.prototype.localeCompare.call(huge.slice(0, 4), chameleon, 'de', { sensitivity: 'base' });
