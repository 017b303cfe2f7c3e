/*---
id: cg-function-ctor-06-subclass
description: "Subclasses Function and lets super() run the real constructor, a path that bypasses a replaced global binding if the intrinsic is still reachable as the class heritage."
kind: malicious
category: code-generation
technique: CG-function-ctor
variant: combined
references:
  - "SES confinement test"
  - "vm2 ATTACKS cat. 1"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
class Compiler extends Function {}
const fn = new Compiler('return typeof __SANDPROOF_CANARY__');
return fn() === 'undefined' ? 'held' : 'ESCAPED';
