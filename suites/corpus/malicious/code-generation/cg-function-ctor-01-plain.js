/*---
id: cg-function-ctor-01-plain
description: "Calls the global Function constructor with a source string; refused in ultra-secure and high-security, allowed in tenant-isolated where the new code still sees only sandbox globals."
kind: malicious
category: code-generation
technique: CG-function-ctor
variant: plain
references:
  - "SES confinement test"
  - "vm2 ATTACKS cat. 1"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
return Function('return typeof process')();
