/*---
id: cg-fnproto-ctor-04-class-bound
description: "Gets Function.prototype from a class and from a bound function, then calls its constructor with apply, covering function kinds with unusual prototypes."
kind: malicious
category: code-generation
technique: CG-fnproto-ctor
variant: combined
references:
  - "SES confinement test"
expect:
  ultra-secure: { outcome: contained, value: "EvalError,EvalError" }
  high-security: { outcome: contained, value: "EvalError,EvalError" }
  tenant-isolated: { outcome: contained, value: "undefined,undefined" }
---*/
class Widget {}
const bound = function () {}.bind(null);
return [Widget, bound].map((f) => {
  try {
    const F = Reflect.getPrototypeOf(f).constructor;
    return F.apply(null, ['return typeof process'])();
  } catch (e) { return e.name; }
}).join(',');
