/*---
id: cg-generator-ctor-01-plain
description: "Extracts GeneratorFunction from the prototype of a generator function and compiles a generator from a string."
kind: malicious
category: code-generation
technique: CG-generator-ctor
variant: plain
references:
  - "vm2 ATTACKS cat. 1"
  - "vm2 test \"GeneratorFunction constructor extraction\""
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const gen = GeneratorFunction('yield typeof process');
return gen().next().value;
