/*---
id: cg-tagged-template-01-function
description: "Calls Function as a template tag and invokes the result with another template, compiling and running code without a single parenthesis."
kind: malicious
category: code-generation
technique: CG-tagged-template
variant: plain
references:
  - "centime/jsfsck (\"trades () for {}$`\")"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
return Function`return typeof process```;
