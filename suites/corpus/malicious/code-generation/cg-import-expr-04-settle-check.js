/*---
id: cg-import-expr-04-settle-check
description: "Imports a specifier taken from the input and observes whether the promise fulfils, catching the rejection so that a silent success is reported as an escape."
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
input: { spec: "node:fs/promises" }
flags: [async]
---*/
const specs = [input.spec, './x.js', 'data:text/javascript,export default 1'];
for (const spec of specs) {
  const outcome = await import(spec).then(() => 'ESCAPED: import of ' + spec + ' fulfilled', () => 'held');
  if (outcome !== 'held') return outcome;
}
return 'held';
