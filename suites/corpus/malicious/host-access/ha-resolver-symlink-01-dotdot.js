/*---
id: ha-resolver-symlink-01-dotdot
description: "Requires a path that climbs out of the module root with ../ to reach isolated-vm in the host's node_modules."
kind: malicious
category: host-access
technique: HA-resolver-symlink
variant: plain
references:
  - "CVE-2026-43998"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return typeof require('../../node_modules/isolated-vm');
