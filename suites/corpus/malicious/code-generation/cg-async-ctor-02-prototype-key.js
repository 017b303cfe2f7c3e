/*---
id: cg-async-ctor-02-prototype-key
description: "Reaches AsyncFunction through Object.getPrototypeOf of an async function and a variable key, then awaits the compiled code."
kind: malicious
category: code-generation
technique: CG-async-ctor
variant: obfuscated
references:
  - "vm2 test \"AsyncFunction constructor extraction\""
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const k = ['con', 'str', 'uctor'].join('');
const AF = Object.getPrototypeOf(async function () {})[k];
const probe = AF('await null; return typeof globalThis.__SANDPROOF_CANARY__');
return (await probe()) === 'undefined' ? 'held' : 'ESCAPED';
