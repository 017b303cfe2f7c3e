/*---
id: cg-asyncgen-ctor-02-reflect
description: "Reaches AsyncGeneratorFunction with Reflect.get and a key built from a reversed string, then iterates the compiled generator with for await."
kind: malicious
category: code-generation
technique: CG-asyncgen-ctor
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 1"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const key = 'rotcurtsnoc'.split('').reverse().join('');
const AGF = Reflect.get(Reflect.getPrototypeOf(async function* () {}), key);
for await (const v of AGF('yield typeof __SANDPROOF_CANARY__')()) {
  return v === 'undefined' ? 'held' : 'ESCAPED';
}
return 'no value';
