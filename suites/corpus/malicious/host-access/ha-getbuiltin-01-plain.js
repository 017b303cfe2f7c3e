/*---
id: ha-getbuiltin-01-plain
description: "Calls process.getBuiltinModule, the Node 22 shortcut that returns any core module without require."
kind: malicious
category: host-access
technique: HA-getbuiltin
variant: plain
references:
  - "open-mercato PR #1127"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return typeof process.getBuiltinModule('child_process').execSync;
