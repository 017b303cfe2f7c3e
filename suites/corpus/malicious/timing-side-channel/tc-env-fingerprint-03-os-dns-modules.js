/*---
id: tc-env-fingerprint-03-os-dns-modules
description: >-
  Asks require for os, dns and their node: aliases, which would reveal the host's name, interfaces and
  resolver; every request must be refused.
kind: malicious
category: timing-side-channel
technique: TC-env-fingerprint
variant: combined
references:
  - "SES lockdown tames locale methods"
  - "GHSA-m5w8 (os/dns)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
if (typeof require !== 'function') return 'held';
const loaded = [];
for (const name of ['os', 'node:os', 'dns', 'node:dns', 'dns/promises']) {
  try {
    require(name);
    loaded.push(name);
  } catch {}
}
return loaded.length === 0 ? 'held' : 'ESCAPED: ' + loaded.join(',');
