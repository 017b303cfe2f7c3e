/*---
id: ob-arrow-bodies-04-async-import
description: >-
  Wraps a dynamic import in an async arrow's expression body; import() must reject.
kind: malicious
category: obfuscation
technique: OB-arrow-bodies
variant: obfuscated
references:
  - "n8n CVE-2026-72765"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
flags: [async]
---*/
const load = async (m) => import(m);
const fs = await load('fs');
return 'ESCAPED: ' + typeof fs.readFileSync;
