/*---
id: ob-odd-positions-01-spread
description: >-
  References process inside an array spread, [...process.argv], a position that sanitizers walking only
  statements and calls have missed.
kind: malicious
category: obfuscation
technique: OB-odd-positions
variant: plain
references:
  - "n8n CVE-2026-85165"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const argv = [...process.argv];
return 'ESCAPED: ' + argv.length;
