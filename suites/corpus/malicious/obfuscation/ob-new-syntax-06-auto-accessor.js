/*---
id: ob-new-syntax-06-auto-accessor
description: >-
  Declares a decorators-proposal auto-accessor whose initialiser calls eval; the engine cannot parse it.
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
class A {
  accessor x = eval('1');
}
return new A().x;
