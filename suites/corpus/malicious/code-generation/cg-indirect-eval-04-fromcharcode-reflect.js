/*---
id: cg-indirect-eval-04-fromcharcode-reflect
description: "Builds the name eval from character codes and invokes it through Reflect.apply, avoiding both the name and a visible call."
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
const name = String.fromCharCode(101, 118, 97, 108);
const fn = Reflect.get(globalThis, name);
return Reflect.apply(fn, undefined, ['typeof process']);
