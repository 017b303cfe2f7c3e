/*---
id: rx-string-bomb-03-join-huge-array
description: >-
  Converts new Array(1e9) to a string, a billion-minus-one commas produced by a builtin join.
kind: malicious
category: resource-exhaustion
technique: RX-string-bomb
variant: combined
references:
  - "isolated-vm `tests/large-strings.js`"
  - "quickjs-emscripten #219"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
flags: [slow]
---*/
const s = new Array(1e9) + '';
return 'NOT KILLED: ' + s.length;
