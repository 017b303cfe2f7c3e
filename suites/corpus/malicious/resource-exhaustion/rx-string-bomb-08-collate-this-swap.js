/*---
id: rx-string-bomb-08-collate-this-swap
description: Calls localeCompare through Reflect.apply on an object receiver
  that converts to a 16-million-character string, with locales and options, in a
  loop.
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
// The receiver is an object converted to text by localeCompare itself: a huge string reached through
// valueOf and toString, with locales and options, called through Reflect.apply.
const huge = 'ä'.repeat(2 ** 24) + 'z';
const receiver = { toString: () => huge, valueOf: () => 'a' };
const compare = String.prototype.localeCompare;
let n = 0;
for (;;) n += Reflect.apply(compare, receiver, [huge, 'sv', { ignorePunctuation: true }]);
