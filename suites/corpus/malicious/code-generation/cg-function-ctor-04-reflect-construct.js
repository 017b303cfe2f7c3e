/*---
id: cg-function-ctor-04-reflect-construct
description: "Constructs a function through Reflect.construct and Reflect.apply so that neither new Function nor a direct call appears in the source."
kind: malicious
category: code-generation
technique: CG-function-ctor
variant: obfuscated
references:
  - "SES confinement test"
  - "vm2 ATTACKS cat. 1"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined" }
---*/
const F = Reflect.get(globalThis, String.fromCharCode(70, 117, 110, 99, 116, 105, 111, 110));
const fn = Reflect.construct(F, ['return typeof require === "function" ? typeof process : "undefined"']);
return Reflect.apply(fn, null, []);
