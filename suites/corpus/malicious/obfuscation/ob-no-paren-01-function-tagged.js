/*---
id: ob-no-paren-01-function-tagged
description: >-
  Calls Function with a tagged template and the result with an empty one, Function`return this```, an
  invocation with no parentheses at all; in sloppy generated code this is the global object.
kind: malicious
category: obfuscation
technique: OB-no-paren
variant: plain
references:
  - "centime/jsfsck"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const g = Function`return this```;
return typeof g.process === 'undefined' && typeof g.__SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED';
