/*---
id: ha-process-01-env
description: "Reads process.env, the first thing an attacker tries in order to steal host secrets; process must be absent in every profile."
kind: malicious
category: host-access
technique: HA-process
variant: plain
references:
  - "vm2 README"
  - "isolated-vm FAQ"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return JSON.stringify(process.env);
