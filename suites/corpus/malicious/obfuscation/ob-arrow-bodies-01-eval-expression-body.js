/*---
id: ob-arrow-bodies-01-eval-expression-body
description: >-
  Calls eval in the expression body of an arrow function, the node type n8n's sanitizer skipped.
kind: malicious
category: obfuscation
technique: OB-arrow-bodies
variant: plain
references:
  - "n8n CVE-2026-72765"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return (() => eval('1 + 1'))();
