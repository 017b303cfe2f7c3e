/*---
id: ob-new-syntax-04-import-attributes
description: >-
  Adds import attributes, import('fs', { with: { type: 'json' } }), a newer form a scanner may not know; the
  import must fail either at parse time or by rejecting.
kind: malicious
category: obfuscation
technique: OB-new-syntax
variant: obfuscated
references:
  - "vm2 Defense Invariant 9"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR, ERR_SYNTAX] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR, ERR_SYNTAX] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR, ERR_SYNTAX] }
flags: [async]
---*/
const m = await import('fs', { with: { type: 'json' } });
return 'ESCAPED: ' + typeof m;
