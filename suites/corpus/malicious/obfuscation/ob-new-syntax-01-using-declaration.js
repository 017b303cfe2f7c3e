/*---
id: ob-new-syntax-01-using-declaration
description: >-
  Hides eval inside a using declaration's disposer, syntax this engine (Node 20) cannot parse; a scanner
  whose parser also fails must refuse rather than pass the code.
kind: malicious
category: obfuscation
technique: OB-new-syntax
variant: plain
references:
  - "vm2 Defense Invariant 9"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
---*/
using res = { [Symbol.dispose]() { eval('1'); } };
return 'parsed';
