/*---
id: rx-string-bomb-02-doubling-flattened
description: >-
  Doubles a string and reads its last character after every step, which flattens the rope and forces real
  allocation of each doubled copy.
kind: malicious
category: resource-exhaustion
technique: RX-string-bomb
variant: obfuscated
references:
  - "isolated-vm `tests/large-strings.js`"
  - "quickjs-emscripten #219"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_MEMORY_LIMIT, ERR_TIMEOUT] }
flags: [slow]
---*/
let s = 'x';
for (;;) {
  s += s;
  s.charCodeAt(s.length - 1);
}
