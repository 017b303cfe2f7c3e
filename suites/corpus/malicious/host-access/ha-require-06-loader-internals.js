/*---
id: ha-require-06-loader-internals
description: "Inspects the guarded require for Node loader internals (cache, main, resolve, extensions) that would lead back to the real module system."
kind: malicious
category: host-access
technique: HA-require
variant: combined
references:
  - "vm2 ATTACKS cat. 13"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
if (typeof require === 'undefined') return 'held';
const leaks = ['cache', 'main', 'resolve', 'extensions', 'paths'].filter((k) => {
  try { return require[k] !== undefined; } catch (e) { return false; }
});
return leaks.length === 0 ? 'held' : 'ESCAPED: require.' + leaks.join(',');
