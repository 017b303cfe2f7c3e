/*---
id: ob-no-paren-06-new-tagged
description: >-
  Uses new with a tagged template, new (Function`...`), to construct the generated function and return an
  object that the generated code filled from its view of the global scope.
kind: malicious
category: obfuscation
technique: OB-no-paren
variant: combined
references:
  - "centime/jsfsck"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const made = new (Function`this.seen = typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'`);
return made.seen;
