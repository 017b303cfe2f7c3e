/*---
id: ha-resolver-symlink-01-dotdot
description: "Requires a path that climbs out of the module root with ../ to reach isolated-vm in the host's node_modules."
kind: malicious
category: host-access
technique: HA-resolver-symlink
variant: plain
references:
  - "CVE-2026-43998"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return typeof require('../../node_modules/isolated-vm');
