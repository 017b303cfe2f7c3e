/*---
id: cg-indirect-eval-02-alias
description: "Stores eval in a local variable and calls the alias, an indirect eval that a call-site matcher for the name eval may not flag."
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
const run = eval;
return run('1 + 1');
