/*---
id: cg-ctor-chain-01-object-literal
description: "Reaches Function through ({}).constructor.constructor, the canonical escape from vm2-style sandboxes when the object is a host object."
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
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
return ({}).constructor.constructor('return typeof process')();
