/*---
id: ha-resolver-symlink-04-error-paths
description: "Triggers resolution errors for traversal paths and checks that the errors carry no host filesystem paths that would map the module root for a symlink attack."
kind: malicious
category: host-access
technique: HA-resolver-symlink
variant: combined
references:
  - "CVE-2026-43998"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
if (typeof require !== 'function') return 'held';
const leaks = [];
for (const name of ['../x', './node_modules/lodash/../../../package.json', 'lodash/../../x']) {
  try { require(name); leaks.push('loaded ' + name); } catch (e) {
    // The requested name is echoed back on purpose; only what the runtime adds is inspected.
    const text = (String(e && e.message) + String(e && e.stack)).split(name).join('');
    if (/\/(home|work|usr|opt|tmp|root)\//.test(text) || text.includes('node_modules/')) leaks.push('path in error');
  }
}
return leaks.length === 0 ? 'held' : 'ESCAPED: ' + leaks.join(',');
