/*---
id: ob-with-scope-01-with-globalthis
description: >-
  Opens a with block over globalThis to make every free name a global lookup; with is a SyntaxError in
  strict code, so the snippet must not compile.
kind: malicious
category: obfuscation
technique: OB-with-scope
variant: plain
references:
  - "SES confinement test"
  - "vm2 ATTACKS cat. 12"
  - "OWASP AISVS #554 (n8n `with` bypass)"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SYNTAX] }
---*/
with (globalThis) {
  return typeof process;
}
