/*---
id: cg-tagged-template-04-raw-builder
description: "Builds source with String.raw and interpolation and compiles it through a tagged constructor chain, combining a no-paren call with a hidden payload."
kind: malicious
category: code-generation
technique: CG-tagged-template
variant: combined
references:
  - "centime/jsfsck (\"trades () for {}$`\")"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
const payload = String.raw`return typeof ${'proc' + 'ess'}`;
const make = (0, (() => 0).constructor);
// The tag receives (['a', ''], payload): the parameter list becomes "a," and the body is the payload.
return make`a${payload}```;
