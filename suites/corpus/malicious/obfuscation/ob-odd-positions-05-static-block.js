/*---
id: ob-odd-positions-05-static-block
description: >-
  Calls eval from a class static initialisation block and a field initialiser, two bodies that older parsers
  and walkers do not visit.
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
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
class K {
  static v = 1;
  static {
    K.v = eval('2');
  }
}
return K.v;
