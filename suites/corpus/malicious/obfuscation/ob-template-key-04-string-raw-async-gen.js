/*---
id: ob-template-key-04-string-raw-async-gen
description: >-
  Produces the key with String.raw`constructor` and reaches the AsyncGeneratorFunction constructor from an
  async generator expression.
kind: malicious
category: obfuscation
technique: OB-template-key
variant: obfuscated
references:
  - "Datadog `no-implied-eval` rule examples"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
flags: [async]
---*/
const k = String.raw`constructor`;
const AsyncGen = (async function* () {})[k];
const it = AsyncGen("yield typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
return (await it.next()).value;
