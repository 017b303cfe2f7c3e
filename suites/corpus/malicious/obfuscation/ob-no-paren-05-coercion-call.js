/*---
id: ob-no-paren-05-coercion-call
description: >-
  Gets Function called implicitly by string coercion of an object whose toString is Function, then lets the
  coercion fail: no explicit call of Function exists in the text, and every profile must end in an error.
kind: malicious
category: obfuscation
technique: OB-no-paren
variant: combined
references:
  - "centime/jsfsck"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const trap = { toString: Function, valueOf: Function };
return `${trap}`;
