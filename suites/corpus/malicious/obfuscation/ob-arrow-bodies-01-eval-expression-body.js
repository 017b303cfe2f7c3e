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
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return (() => eval('1 + 1'))();
