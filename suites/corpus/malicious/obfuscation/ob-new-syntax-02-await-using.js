/*---
id: ob-new-syntax-02-await-using
description: >-
  Uses await using with an async disposer that imports a host module; unparseable here, so it must fail
  closed at both the scanner and the engine.
kind: malicious
category: obfuscation
technique: OB-new-syntax
variant: obfuscated
references:
  - "vm2 Defense Invariant 9"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
flags: [async]
---*/
await using res = { async [Symbol.asyncDispose]() { await import('fs'); } };
return 'parsed';
