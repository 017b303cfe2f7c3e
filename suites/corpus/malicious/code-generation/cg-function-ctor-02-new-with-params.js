/*---
id: cg-function-ctor-02-new-with-params
description: "Uses new Function with parameter names and a body, the form most libraries use to compile templates at run time."
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
  tenant-isolated: { outcome: contained, value: 3 }
---*/
const add = new Function('a', 'b', 'return a + b');
return add(1, 2);
