/*---
id: ob-with-scope-05-nested-function
description: >-
  Places with inside a nested function declaration, on the theory that only the outer body is strict; nested
  functions inherit strictness, so it must not compile.
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
function sloppy() {
  with (Math) {
    return typeof process;
  }
}
return sloppy();
