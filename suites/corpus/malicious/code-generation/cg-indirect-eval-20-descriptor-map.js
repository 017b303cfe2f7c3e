/*---
id: cg-indirect-eval-20-descriptor-map
description: "eval taken out of a Map of the global object's property descriptors, then called: the runtime's eval refuses to generate code"
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: obfuscated
references:
  - "sandproof scanner README: evasions through the global object's property descriptors"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime] }
  high-security:   { outcome: blocked, stages: [scan, runtime] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime] }
---*/
const m = new Map(Object.entries(Object.getOwnPropertyDescriptors(globalThis)));
return m.get('ev' + 'al').value('1 + 1');
