/*---
id: ha-require-01-child-process
description: "Requires child_process and runs a shell command, the canonical remote code execution; no profile allows this module."
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
return require('child_process').execSync('id').toString();
