/*---
id: rx-json-bomb-02-deep-nesting
description: >-
  Parses a million nested JSON arrays and keeps the result, a depth bomb for the parser and a memory bomb
  for the heap.
kind: malicious
category: resource-exhaustion
technique: RX-json-bomb
variant: obfuscated
references:
  - "isolated-vm `tests/heap-limit-json-abuse.js`"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_MEMORY_LIMIT, ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
flags: [slow]
---*/
const text = '['.repeat(1e6) + ']'.repeat(1e6);
globalThis.kept = JSON.parse(text);
return 'NOT KILLED: parsed';
