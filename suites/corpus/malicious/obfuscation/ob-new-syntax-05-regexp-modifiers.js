/*---
id: ob-new-syntax-05-regexp-modifiers
description: >-
  Uses a regular-expression modifier group (?i:...) next to an eval. An engine without modifiers
  refuses the regex as a syntax error; one with them must still refuse the eval it guards.
kind: malicious
category: obfuscation
technique: OB-new-syntax
variant: combined
references:
  - "vm2 Defense Invariant 9"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX, ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX, ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX, ERR_SCRIPT_ERROR] }
---*/
const re = /(?i:ev)al/;
return re.test('EVal') ? eval('1') : 'no match';
