/*---
id: cg-ctor-chain-02-method
description: "Reaches Function from a builtin method, [].map.constructor, and compiles code with it."
kind: malicious
category: code-generation
technique: CG-ctor-chain
variant: plain
references:
  - "vm2 README"
  - "SES confinement test (\"evaluation constructor\")"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: 2 }
---*/
return [].map.constructor('return 1 + 1')();
