/*---
id: ex-dns-os-03-name-variants
description: "Tries every network and host-identity module under prefixed and sub-path names (node:dns, dns/promises, os, net, dgram, tls, http), reporting any that loads."
kind: malicious
category: exfiltration
technique: EX-dns-os
variant: obfuscated
references:
  - "GHSA-m5w8-4gq2-6f8x"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
if (typeof require !== 'function') return 'held';
const names = ['node:' + 'dns', 'dns/' + 'promises', 'node:dns/promises', 'o' + 's', 'node:os', 'net', 'dgram', 'tls', 'http', 'https', 'http2'];
const loaded = names.filter((n) => { try { require(n); return true; } catch (e) { return false; } });
return loaded.length === 0 ? 'held' : 'ESCAPED: ' + loaded.join(',');
