/*---
id: ob-string-escapes-02-unicode-eval
description: >-
  Spells eval entirely with \u00XX escapes in a string key on the global object; the stub must still throw.
kind: malicious
category: obfuscation
technique: OB-string-escapes
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27 (\"walker does not evaluate string contents\")"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return globalThis['\u0065\u0076\u0061\u006c']('6 * 7');
