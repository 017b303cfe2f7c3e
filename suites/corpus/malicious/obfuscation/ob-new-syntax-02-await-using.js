/*---
id: ob-new-syntax-02-await-using
description: >-
  Uses await using with an async disposer that imports a host module. An engine that cannot parse it
  refuses it as a syntax error; one that can must still refuse the import() when the disposer runs.
kind: malicious
category: obfuscation
technique: OB-new-syntax
variant: obfuscated
references:
  - "vm2 Defense Invariant 9"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX, ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX, ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX, ERR_SCRIPT_ERROR] }
flags: [async]
---*/
await using res = { async [Symbol.asyncDispose]() { await import('fs'); } };
return 'parsed';
