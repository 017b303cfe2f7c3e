/*---
id: cg-indirect-eval-05-builtin-callback
description: "Passes eval as a callback to builtins (Array.prototype.map and Promise.prototype.then), so the engine rather than the snippet performs the call."
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: combined
references:
  - "SES test/confinement.test.js"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
flags: [async]
---*/
const viaMap = ['40 + 2'].map(eval);
const viaThen = await Promise.resolve('"ESC" + "APED"').then(eval);
return [viaMap, viaThen];
