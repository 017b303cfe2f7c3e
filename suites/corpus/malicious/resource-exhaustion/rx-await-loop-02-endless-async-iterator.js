/*---
id: rx-await-loop-02-endless-async-iterator
description: >-
  Consumes an async iterator whose next() never reports done, a for await loop with no visible loop
  condition.
kind: malicious
category: resource-exhaustion
technique: RX-await-loop
variant: obfuscated
references:
  - "Node vm docs"
  - "quickjs-ng #810"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
flags: [async, slow]
---*/
const endless = {
  [Symbol.asyncIterator]() {
    return { next: async () => ({ done: false, value: 0 }) };
  },
};
for await (const _ of endless) {
}
return 'NOT KILLED: iteration ended';
