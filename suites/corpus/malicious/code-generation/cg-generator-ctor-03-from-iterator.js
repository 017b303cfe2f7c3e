/*---
id: cg-generator-ctor-03-from-iterator
description: "Reaches GeneratorFunction from a running generator object (iterator.constructor.constructor), a path that never touches a function value directly."
kind: malicious
category: code-generation
technique: CG-generator-ctor
variant: combined
references:
  - "vm2 ATTACKS cat. 1"
  - "vm2 test \"GeneratorFunction constructor extraction\""
expect:
  ultra-secure: { outcome: contained, value: "EvalError" }
  high-security: { outcome: contained, value: "EvalError" }
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
function* numbers() { yield 1; }
const iterator = numbers();
try {
  const G = iterator.constructor.constructor;
  return G('yield typeof process')().next().value;
} catch (e) {
  return e.name;
}
