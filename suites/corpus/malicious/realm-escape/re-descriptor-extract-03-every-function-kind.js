/*---
id: re-descriptor-extract-03-every-function-kind
description: "Extracts the constructor descriptor from the prototypes of every function kind (plain, async, generator, async generator) with Reflect and reports what each one does with a source string."
kind: malicious
category: realm-escape
technique: RE-descriptor-extract
variant: combined
references:
  - "vm2 ATTACKS cat. 15"
expect:
  ultra-secure: { outcome: contained, value: "EvalError,EvalError,EvalError,EvalError" }
  high-security: { outcome: contained, value: "EvalError,EvalError,EvalError,EvalError" }
  tenant-isolated: { outcome: contained, value: "undefined,undefined,undefined,undefined" }
flags: [async]
---*/
const kinds = [function () {}, async function () {}, function* () {}, async function* () {}];
const out = [];
for (const k of kinds) {
  try {
    const C = Reflect.getOwnPropertyDescriptor(Reflect.getPrototypeOf(k), 'constructor').value;
    const made = C('return typeof process');
    let v = made();
    if (v && typeof v.next === 'function') v = v.next();
    if (v && typeof v.then === 'function') v = await v;
    if (v && typeof v === 'object' && 'value' in v) v = v.value;
    out.push(v === undefined ? 'undefined' : String(v));
  } catch (e) { out.push(e.name); }
}
return out.join(',');
