/*---
id: cg-indirect-eval-01-comma
description: "The classic indirect eval (0, eval)(s), which evaluates in the global scope and bypasses checks that only recognise direct calls."
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: plain
references:
  - "SES test/confinement.test.js"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return (0, eval)('typeof globalThis');
