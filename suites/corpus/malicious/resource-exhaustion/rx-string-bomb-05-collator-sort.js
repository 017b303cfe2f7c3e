/*---
id: rx-string-bomb-05-collator-sort
description: "Sorts 64 strings of 12 million Hangul syllables with an
  Intl.Collator comparator, in a loop: every comparison is a long ICU call the
  deadline cannot interrupt."
kind: malicious
category: resource-exhaustion
technique: RX-string-bomb
variant: combined
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
// A collator used as a sort comparator on an array holding one huge string: every comparison ICU makes
// on it is a long call the deadline cannot interrupt.
const big = '\uAC00'.repeat(3 * 2 ** 22);
const words = [];
for (let i = 0; i < 64; i++) words.push(big + String.fromCharCode(65 + (i % 26)));
const collator = new Intl.Collator('ko', { sensitivity: 'variant', numeric: true });
for (;;) words.sort(collator.compare);
