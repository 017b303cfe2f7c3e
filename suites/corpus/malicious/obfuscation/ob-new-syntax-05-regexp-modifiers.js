/*---
id: ob-new-syntax-05-regexp-modifiers
description: >-
  Uses a regular-expression modifier group (?i:...) that a newer scanner parser accepts but this engine
  rejects, next to an eval: the mismatch must fail closed, never run.
kind: malicious
category: obfuscation
technique: OB-new-syntax
variant: combined
references:
  - "vm2 Defense Invariant 9"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
---*/
const re = /(?i:ev)al/;
return re.test('EVal') ? eval('1') : 'no match';
