/*---
id: ob-new-syntax-01-using-declaration
description: >-
  Hides eval inside a using declaration's disposer. An engine that cannot parse `using` must refuse
  it as a syntax error; one that can must still refuse the eval when the disposer runs.
kind: malicious
category: obfuscation
technique: OB-new-syntax
variant: plain
references:
  - "vm2 Defense Invariant 9"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX, ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX, ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX, ERR_SCRIPT_ERROR] }
---*/
using res = { [Symbol.dispose]() { eval('1'); } };
return 'parsed';
