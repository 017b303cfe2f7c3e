/*---
id: ha-builtin-allowlist-03-subpaths
description: "Tries sub-paths and relative forms of the allowed modules (lodash/fp, lodash/template, ./lodash, moment/../fs) that a prefix check on module names would wrongly accept."
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
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
if (typeof require !== 'function') return 'held';
const names = ['lodash/fp', 'lodash/template', './lodash', 'lodash/', 'lodash/../fs', 'moment/../child_process',
  'moment/locale/fr', 'lodash\u0000', ' lodash', 'LODASH'];
const loaded = names.filter((n) => {
  try { require(n); return true; } catch (e) { return false; }
});
return loaded.length === 0 ? 'held' : 'ESCAPED: ' + loaded.join(',');
