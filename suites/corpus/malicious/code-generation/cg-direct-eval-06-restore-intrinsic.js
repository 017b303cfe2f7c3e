/*---
id: cg-direct-eval-06-restore-intrinsic
description: "Tries to recover the real eval after the runtime replaced it, by deleting the global binding, reading its descriptor and walking aliases, then runs each candidate."
kind: malicious
category: code-generation
technique: CG-direct-eval
variant: combined
references:
  - "SES rejectSomeDirectEvalExpressions"
  - "Node vm codeGeneration.strings -> EvalError (nodejs/node 70c4045)"
  - "V8 test/mjsunit/disallow-codegen-from-strings.js"
  - "Node CLI --disallow-code-generation-from-strings"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const candidates = [];
try { delete globalThis.eval; } catch (e) { /* a non-configurable stub is fine */ }
try { candidates.push(Object.getOwnPropertyDescriptor(globalThis, 'eval')?.value); } catch (e) {}
try { candidates.push(Reflect.get(globalThis, 'eval')); } catch (e) {}
try { candidates.push(Object.getPrototypeOf(globalThis)?.eval); } catch (e) {}
for (const candidate of candidates) {
  if (typeof candidate !== 'function') continue;
  try {
    if (candidate('"ok"') === 'ok') return 'ESCAPED: a working eval was recovered';
  } catch (e) { /* the stub throws, as it should */ }
}
return 'held';
