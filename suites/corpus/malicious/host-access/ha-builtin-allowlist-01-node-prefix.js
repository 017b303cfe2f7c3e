/*---
id: ha-builtin-allowlist-01-node-prefix
description: "Requires node:child_process, the node: prefixed alias that slipped past allowlists which only compared bare names."
kind: malicious
category: host-access
technique: HA-builtin-allowlist
variant: plain
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
return typeof require('node:child_process').exec;
