/*---
id: ob-concat-key-02-eval-on-global
description: >-
  Looks eval up on the global object with a key glued from single letters, so the word never appears; the
  eval stub must still throw EvalError in every profile.
kind: malicious
category: obfuscation
technique: OB-concat-key
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const key = 'e' + 'v' + 'a' + 'l';
const run = globalThis[key];
return run("typeof process");
