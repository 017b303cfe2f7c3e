/*---
id: cg-fnproto-ctor-02-error-proto
description: "Uses Error.__proto__ (which is Function.prototype) and its constructor property to reach Function."
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
return Error.__proto__.constructor('return typeof process')();
