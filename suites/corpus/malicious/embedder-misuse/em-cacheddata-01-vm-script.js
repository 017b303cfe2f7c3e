/*---
id: em-cacheddata-01-vm-script
description: "Requires vm to compile a Script with attacker-supplied cachedData, the code-cache path that lets crafted bytes bypass the parser (CVE-2022-39266)."
kind: malicious
category: embedder-misuse
technique: EM-cacheddata
variant: plain
references:
  - "CVE-2022-39266"
  - "isolated-vm README"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const vm = require('vm');
const script = new vm.Script('1', { cachedData: new Uint8Array([1, 2, 3, 4]) });
return script.cachedDataRejected;
