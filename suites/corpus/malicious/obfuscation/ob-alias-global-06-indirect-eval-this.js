/*---
id: ob-alias-global-06-indirect-eval-this
description: >-
  Asks indirect eval for the global object, (0, eval)('this'); the stub must throw before any alias exists.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: combined
references:
  - "SES confinement test (strict `this` is undefined)"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const g = (0, eval)('this');
return typeof g.process;
