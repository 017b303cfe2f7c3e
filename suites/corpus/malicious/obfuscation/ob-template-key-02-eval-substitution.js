/*---
id: ob-template-key-02-eval-substitution
description: >-
  Builds the key ev${'a'}l with a substitution and calls the global of that name; the eval stub must throw.
kind: malicious
category: obfuscation
technique: OB-template-key
variant: obfuscated
references:
  - "Datadog `no-implied-eval` rule examples"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return globalThis[`ev${'a'}l`]('1 + 1');
