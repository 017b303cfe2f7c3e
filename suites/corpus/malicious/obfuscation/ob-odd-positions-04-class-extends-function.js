/*---
id: ob-odd-positions-04-class-extends-function
description: >-
  Subclasses Function, class X extends Function, so the constructor runs through super() inside new X(...):
  the Function reference sits in a heritage clause.
kind: malicious
category: obfuscation
technique: OB-odd-positions
variant: obfuscated
references:
  - "n8n CVE-2026-85165"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
class X extends Function {}
const f = new X("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'");
return f();
