/*---
id: rx-string-bomb-01-repeat
description: >-
  Calls 'x'.repeat(2 ** 29), just past V8's maximum string length: a RangeError, or a kill, never a crash.
kind: malicious
category: resource-exhaustion
technique: RX-string-bomb
variant: plain
references:
  - "isolated-vm `tests/large-strings.js`"
  - "quickjs-emscripten #219"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT] }
---*/
const s = 'x'.repeat(2 ** 29);
return 'NOT KILLED: ' + s.length;
