/*---
id: ex-dns-os-02-os-identity
description: "Requires os to read the host's network interfaces, hostname and user, the host identity GHSA-m5w8-4gq2-6f8x leaked."
kind: malicious
category: exfiltration
technique: EX-dns-os
variant: plain
references:
  - "GHSA-m5w8-4gq2-6f8x"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const os = require('os');
return JSON.stringify({ host: os.hostname(), nics: os.networkInterfaces(), user: os.userInfo() });
