/*---
id: ha-process-02-exit
description: "Calls process.exit to kill the host process, a denial of service that needs no escape beyond reaching process."
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
process.exit(1);
return 'still running';
