/*---
id: ob-no-paren-04-substitution-body
description: >-
  Passes the function body as a template substitution: Function`_${body}` becomes Function(['_', ''], body),
  a parameter list '_,' and a body taken from a variable.
kind: malicious
category: obfuscation
technique: OB-no-paren
variant: obfuscated
references:
  - "centime/jsfsck"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const body = "return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'";
const f = Function`_${body}`;
return f``;
