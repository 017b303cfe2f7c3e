/*---
id: cg-ctor-chain-04-reflect-get
description: "Walks the constructor chain with Reflect.get from the Number constructor, without any member expression naming constructor."
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
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
const key = ['constr', 'uctor'].join('');
const F = Reflect.get(Reflect.get(Object(7), key), key);
return F('return typeof process')();
