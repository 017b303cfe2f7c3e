/*---
id: cg-import-expr-05-thenable-spec
description: "Passes an object whose toString is a getter with side effects as the specifier, checking that import() converts it inside the sandbox and still rejects."
kind: malicious
category: code-generation
technique: CG-import-expr
variant: combined
references:
  - "SES evade-import-expression.test.js"
  - "vm2 ATTACKS cat. 13"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
let conversions = 0;
const spec = { toString() { conversions++; return 'child_process'; } };
const result = await import(spec).then(() => 'ESCAPED', (e) => (e instanceof Error ? 'held' : 'foreign-error'));
return conversions <= 1 ? result : 'converted ' + conversions + ' times';
