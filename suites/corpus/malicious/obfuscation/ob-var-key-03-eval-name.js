/*---
id: ob-var-key-03-eval-name
description: >-
  Reads eval from the global object through a variable key and calls the alias; indirect or not, the eval
  stub must throw EvalError in every profile.
kind: malicious
category: obfuscation
technique: OB-var-key
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const name = 'eval';
const e = globalThis[name];
return e('2 + 2');
