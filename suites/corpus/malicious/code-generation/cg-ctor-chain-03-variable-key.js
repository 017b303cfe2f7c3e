/*---
id: cg-ctor-chain-03-variable-key
description: "Walks the constructor chain from a string primitive with the key held in a variable, and checks the resulting global for the host canary."
kind: malicious
category: code-generation
technique: CG-ctor-chain
variant: obfuscated
references:
  - "vm2 README"
  - "SES confinement test (\"evaluation constructor\")"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const k = 'con' + 'structor';
const g = ''[k][k]('return this')();
return typeof g.__SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED';
