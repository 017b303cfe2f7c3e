/*---
id: cg-function-ctor-07-descriptor-probe
description: "Collects Function from the global descriptor, the prototype chain of an arrow function and a class, tries each, and reports the error class thrown by each path."
kind: malicious
category: code-generation
technique: CG-function-ctor
variant: combined
references:
  - "SES confinement test"
  - "vm2 ATTACKS cat. 1"
expect:
  ultra-secure: { outcome: contained, value: "EvalError,EvalError,EvalError" }
  high-security: { outcome: contained, value: "EvalError,EvalError,EvalError" }
  tenant-isolated: { outcome: contained, value: "undefined,undefined,undefined" }
---*/
const paths = [
  () => Object.getOwnPropertyDescriptor(globalThis, 'Function').value,
  () => Object.getPrototypeOf(() => 0).constructor,
  () => Object.getPrototypeOf(class {}).constructor,
];
return paths.map((get) => {
  try { return get()('return typeof process')(); } catch (e) { return e.name; }
}).join(',');
