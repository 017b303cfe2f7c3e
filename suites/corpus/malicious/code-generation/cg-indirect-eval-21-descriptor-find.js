/*---
id: cg-indirect-eval-21-descriptor-find
description: "eval found by name among the values of the global object's property descriptors"
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
const f = Object.values(Object.getOwnPropertyDescriptors(globalThis)).map((d) => d.value).find((v) => v && v.name === 'eval');
return f('1 + 1');
