/*---
id: ha-builtin-allowlist-02-aliases
description: "Tries the meta and alias names that have bypassed module allowlists (worker_threads, vm, inspector/promises, fs/promises, module, os, dns, prefixed and cased forms) and reports any that load."
kind: malicious
category: host-access
technique: HA-builtin-allowlist
variant: obfuscated
references:
  - "CVE-2026-43999"
  - "CVE-2026-47140"
  - "CVE-2026-92957"
  - "CVE-2026-92958"
  - "GHSA-m5w8-4gq2-6f8x"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
if (typeof require !== 'function') return 'held';
const names = ['vm', 'worker_threads', 'inspector', 'inspector/promises', 'fs/promises', 'node:fs', 'module', 'os',
  'dns', 'node:module', 'Fs', 'FS', 'fs/', 'process', 'v8', 'node:test', 'wasi', 'cluster'];
const loaded = names.filter((n) => {
  try { require(n); return true; } catch (e) { return false; }
});
return loaded.length === 0 ? 'held' : 'ESCAPED: ' + loaded.join(',');
