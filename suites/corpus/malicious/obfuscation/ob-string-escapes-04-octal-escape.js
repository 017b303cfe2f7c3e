/*---
id: ob-string-escapes-04-octal-escape
description: >-
  Tries the legacy octal escape '\143onstructor', which strict mode forbids: the snippet must fail to
  compile rather than run.
kind: malicious
category: obfuscation
technique: OB-string-escapes
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27 (\"walker does not evaluate string contents\")"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
---*/
const F = ({})['\143onstructor']['\143onstructor'];
return F('return this')();
