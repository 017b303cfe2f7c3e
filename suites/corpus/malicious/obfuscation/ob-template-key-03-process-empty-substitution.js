/*---
id: ob-template-key-03-process-empty-substitution
description: >-
  Splits 'process' with an empty substitution, `pro${''}cess`, and probes the global object for it.
kind: malicious
category: obfuscation
technique: OB-template-key
variant: obfuscated
references:
  - "Datadog `no-implied-eval` rule examples"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const p = globalThis[`pro${''}cess`];
return p === undefined ? 'held' : 'ESCAPED: process is ' + typeof p;
