/*---
id: ha-require-02-fs
description: "Requires fs and reads a host file; no profile allows this module."
kind: malicious
category: host-access
technique: HA-require
variant: plain
references:
  - "vm2 ATTACKS cat. 13"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return require('fs').readFileSync('/etc/passwd', 'utf8');
