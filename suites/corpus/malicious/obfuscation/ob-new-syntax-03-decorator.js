/*---
id: ob-new-syntax-03-decorator
description: >-
  Puts a Function call inside a class decorator, syntax neither this engine nor most scanner parsers accept.
kind: malicious
category: obfuscation
technique: OB-new-syntax
variant: obfuscated
references:
  - "vm2 Defense Invariant 9"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
---*/
@((c) => Function('return this')()) class A {}
return typeof A;
