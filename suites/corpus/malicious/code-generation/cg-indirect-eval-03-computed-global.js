/*---
id: cg-indirect-eval-03-computed-global
description: "Reaches eval through a computed key on the global object built by concatenation, so the name never appears as a token."
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: obfuscated
references:
  - "SES test/confinement.test.js"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const key = 'ev' + 'al';
return globalThis[key]('"ESC" + "APED"');
