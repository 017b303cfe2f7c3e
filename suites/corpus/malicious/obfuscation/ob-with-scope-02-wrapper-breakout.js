/*---
id: ob-with-scope-02-wrapper-breakout
description: >-
  Closes the snippet wrapper early to put a with statement at script level, hoping it falls outside the
  strict function; the whole script is strict, so it must still fail to compile.
kind: malicious
category: obfuscation
technique: OB-with-scope
variant: obfuscated
references:
  - "SES confinement test"
  - "vm2 ATTACKS cat. 12"
  - "OWASP AISVS #554 (n8n `with` bypass)"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
---*/
return 1 });
with (globalThis) { leaked = typeof process; }
(async function () {
