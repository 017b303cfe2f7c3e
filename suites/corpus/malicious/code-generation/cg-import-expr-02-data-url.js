/*---
id: cg-import-expr-02-data-url
description: "Imports a data URL module whose source is inline JavaScript, turning import() into a string code-generation primitive."
kind: malicious
category: code-generation
technique: CG-import-expr
variant: plain
references:
  - "SES evade-import-expression.test.js"
  - "vm2 ATTACKS cat. 13"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
flags: [async]
---*/
const mod = await import('data:text/javascript,export default typeof process');
return mod.default;
