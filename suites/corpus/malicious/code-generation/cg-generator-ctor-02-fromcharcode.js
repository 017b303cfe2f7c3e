/*---
id: cg-generator-ctor-02-fromcharcode
description: "Reaches GeneratorFunction through Reflect.getPrototypeOf and a key decoded from character codes, then drives the compiled generator."
kind: malicious
category: code-generation
technique: CG-generator-ctor
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 1"
  - "vm2 test \"GeneratorFunction constructor extraction\""
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const key = String.fromCharCode(99, 111, 110, 115, 116, 114, 117, 99, 116, 111, 114);
const G = Reflect.getPrototypeOf(function* () {})[key];
const it = new G('yield typeof globalThis.__SANDPROOF_CANARY__')();
return it.next().value === 'undefined' ? 'held' : 'ESCAPED';
