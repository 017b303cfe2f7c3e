/*---
id: ha-builtin-allowlist-04-module-load
description: "Requires the module builtin and calls Module._load and createRequire, the meta-builtins that hand out an unrestricted require."
kind: malicious
category: host-access
technique: HA-builtin-allowlist
variant: combined
references:
  - "CVE-2026-43999"
  - "CVE-2026-47140"
  - "CVE-2026-92957"
  - "CVE-2026-92958"
  - "GHSA-m5w8-4gq2-6f8x"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const Module = require('module');
const realRequire = Module.createRequire('/');
return typeof realRequire('child_process').execSync + typeof Module._load('fs');
