/*---
id: cg-function-ctor-03-computed-global-this
description: "Reaches Function through a concatenated global key and compiles a sloppy function returning this, to obtain the global object and look for the host canary."
kind: malicious
category: code-generation
technique: CG-function-ctor
variant: obfuscated
references:
  - "SES confinement test"
  - "vm2 ATTACKS cat. 1"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const F = globalThis['Func' + 'tion'];
const g = F('return this')();
return typeof g.__SANDPROOF_CANARY__ === 'undefined' && typeof g.process === 'undefined' ? 'held' : 'ESCAPED';
