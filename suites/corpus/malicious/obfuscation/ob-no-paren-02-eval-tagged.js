/*---
id: ob-no-paren-02-eval-tagged
description: >-
  Invokes eval as a template tag, eval`1+1`; the stub must throw EvalError whatever the argument shape.
kind: malicious
category: obfuscation
technique: OB-no-paren
variant: obfuscated
references:
  - "centime/jsfsck"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return eval`1 + 1`;
