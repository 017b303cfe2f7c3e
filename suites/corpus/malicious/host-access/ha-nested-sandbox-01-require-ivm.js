/*---
id: ha-nested-sandbox-01-require-ivm
description: "Requires isolated-vm from inside the sandbox to create a new isolate with weaker options and host access."
kind: malicious
category: host-access
technique: HA-nested-sandbox
variant: plain
references:
  - "CVE-2026-44007"
  - "CVE-2026-47137"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const ivm = require('isolated-vm');
const isolate = new ivm.Isolate({ memoryLimit: 4096 });
return typeof isolate;
