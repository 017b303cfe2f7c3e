/*---
id: ob-fromcharcode-02-eval-on-global
description: >-
  Fetches eval from the global object under a String.fromCharCode key; the stub must throw EvalError in
  every profile.
kind: malicious
category: obfuscation
technique: OB-fromcharcode
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const e = globalThis[String.fromCharCode(101, 118, 97, 108)];
return e('1 + 1');
