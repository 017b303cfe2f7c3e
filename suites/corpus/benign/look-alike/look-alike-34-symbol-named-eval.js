/*---
id: look-alike-34-symbol-named-eval
description: "Creates symbols and registry keys whose descriptions are eval and Function."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["eval", "Function", true] }
  high-security:   { outcome: allowed, value: ["eval", "Function", true] }
  tenant-isolated: { outcome: allowed, value: ["eval", "Function", true] }
---*/
const s = Symbol('eval');
const t = Symbol.for('Function');
return [s.description, t.description, Symbol.for('Function') === t];
