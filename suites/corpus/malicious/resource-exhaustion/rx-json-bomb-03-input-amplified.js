/*---
id: rx-json-bomb-03-input-amplified
description: >-
  Amplifies a small injected input into an ever-growing JSON document and re-parses it each round, the
  blob-injection variant of the JSON bomb.
kind: malicious
category: resource-exhaustion
technique: RX-json-bomb
variant: combined
references:
  - "isolated-vm `tests/heap-limit-json-abuse.js`"
input: {"row":{"id":1,"tags":["a","b","c"],"note":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}}
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
flags: [slow]
---*/
let doc = JSON.stringify(input.row);
const keep = [];
for (;;) {
  doc = '[' + doc + ',' + doc + ']';
  keep.push(JSON.parse(doc));
}
