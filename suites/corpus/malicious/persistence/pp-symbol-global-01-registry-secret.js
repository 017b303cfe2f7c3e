/*---
id: pp-symbol-global-01-registry-secret
description: >-
  Tenant a stores a secret on the global object under a registered symbol, Symbol.for('sandproof.secret'), a
  key that any later code can recompute.
kind: malicious
category: persistence
technique: PP-symbol-global
variant: plain
references:
  - "temporalio #1519 (#1592)"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
globalThis[Symbol.for('sandproof.secret')] = 'tenant-a-secret';
return 'tampered';
//@step tenant=b
const key = Symbol.for('sandproof.secret');
const leaked = Object.getOwnPropertySymbols(globalThis).includes(key);
return leaked ? 'ESCAPED: symbol-keyed global survived' : 'clean';
//@step tenant=a
const key = Symbol.for('sandproof.secret');
const leaked = Object.getOwnPropertySymbols(globalThis).includes(key);
return leaked ? 'ESCAPED: symbol-keyed global survived' : 'clean';
