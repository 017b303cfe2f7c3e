/*---
id: ob-odd-positions-02-computed-key
description: >-
  Calls eval inside a computed property key of an object literal.
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
const o = { [eval('"k"')]: 1 };
return Object.keys(o)[0];
