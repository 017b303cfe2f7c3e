/*---
id: ob-template-key-01-constructor
description: >-
  Indexes with template literals instead of strings, ({})[`constructor`][`constructor`], which filters that
  only inspect string Literal nodes skip.
kind: malicious
category: obfuscation
technique: OB-template-key
variant: plain
references:
  - "Datadog `no-implied-eval` rule examples"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const F = ({})[`constructor`][`constructor`];
return F("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")();
