/*---
id: cg-ctor-chain-05-input-object
description: "Walks the constructor chain from the injected input and its nested array, which would yield a host Function if the runtime handed over host objects instead of copies."
kind: malicious
category: code-generation
technique: CG-ctor-chain
variant: combined
references:
  - "vm2 README"
  - "SES confinement test (\"evaluation constructor\")"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { a: [1, 2], o: { k: "v" } }
---*/
const roots = [input, input.a, input.o, input.o.k];
for (const root of roots) {
  let F;
  try { F = root.constructor.constructor; } catch (e) { continue; }
  try {
    if (F('return typeof process')() !== 'undefined') return 'ESCAPED: host Function via input';
  } catch (e) {
    if (!(e instanceof EvalError)) return 'unexpected:' + e.name;
  }
}
return 'held';
