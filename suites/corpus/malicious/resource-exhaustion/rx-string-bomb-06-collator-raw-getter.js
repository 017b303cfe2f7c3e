/*---
id: rx-string-bomb-06-collator-raw-getter
description: Takes Intl.Collator compare through the prototype's accessor,
  called on the collator directly, and loops it on strings of 16 million code
  units.
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
// Takes the compare function through the accessor on Intl.Collator.prototype, called directly on the
// collator, in case only the property read through the instance is wrapped.
const collator = new Intl.Collator('en');
const getter = Reflect.getOwnPropertyDescriptor(Object.getPrototypeOf(collator), 'compare').get;
const compare = Reflect.apply(getter, collator, []);
const a = 'a\u0301'.repeat(2 ** 23) + 'x';
const b = 'a\u0301'.repeat(2 ** 23) + 'y';
let n = 0;
for (;;) n += compare(a, b);
