/*---
id: cg-import-expr-01-fs
description: "Uses dynamic import() to load the fs module, which would bypass a require allowlist entirely if the embedder installed a module loader."
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
const fs = await import('fs');
return fs.readFileSync('/etc/hostname', 'utf8');
