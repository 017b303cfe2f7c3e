/*---
id: ha-nested-sandbox-02-library-names
description: "Tries to load any sandbox library by a built-up name (isolated-vm, vm2, the runtime itself, quickjs) in order to nest a weaker sandbox."
kind: malicious
category: host-access
technique: HA-nested-sandbox
variant: obfuscated
references:
  - "CVE-2026-44007"
  - "CVE-2026-47137"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
if (typeof require !== 'function') return 'held';
const names = ['isolated' + '-vm', 'vm' + '2', 'sand' + 'proof', 'quickjs' + '-emscripten', 'ses', 'node:vm', 'vm'];
for (const n of names) {
  try { require(n); return 'ESCAPED: loaded ' + n; } catch (e) { /* refused */ }
}
return 'held';
