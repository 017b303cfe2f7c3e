/*---
id: ob-alias-global-03-function-return-this
description: >-
  Obtains the global object through Function('return this')(), the SES confinement test's alias.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: obfuscated
references:
  - "SES confinement test (strict `this` is undefined)"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const g = Function('return this')();
return typeof g.process === 'undefined' && typeof g.__SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED';
