/*---
id: ha-resolver-symlink-02-absolute-paths
description: "Tries absolute paths, file URLs and encoded traversals as module names, each of which a resolver that joins paths could follow outside its root."
kind: malicious
category: host-access
technique: HA-resolver-symlink
variant: obfuscated
references:
  - "CVE-2026-43998"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
if (typeof require !== 'function') return 'held';
const dots = '.' + '.';
const names = ['/etc/passwd', 'file:///etc/passwd', dots + '/' + dots + '/package.json', '%2e%2e/%2e%2e/package.json',
  'lodash/' + dots + '/' + dots + '/' + dots + '/package.json', '\\..\\..\\package.json', '/proc/self/environ'];
const loaded = names.filter((n) => {
  try { require(n); return true; } catch (e) { return false; }
});
return loaded.length === 0 ? 'held' : 'ESCAPED: ' + loaded.join(',');
