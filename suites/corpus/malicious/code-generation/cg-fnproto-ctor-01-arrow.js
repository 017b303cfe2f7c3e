/*---
id: cg-fnproto-ctor-01-arrow
description: "Gets Function from an arrow function's constructor property, the shortest path from any function value to code generation."
kind: malicious
category: code-generation
technique: CG-fnproto-ctor
variant: plain
references:
  - "SES confinement test"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
return (() => 0).constructor('return typeof process')();
