/*---
id: tc-env-fingerprint-01-host-objects
description: >-
  Looks for the host's identity objects (navigator, os, process, location, document); none may exist.
kind: malicious
category: timing-side-channel
technique: TC-env-fingerprint
variant: plain
references:
  - "SES lockdown tames locale methods"
  - "GHSA-m5w8 (os/dns)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const names = [typeof navigator, typeof os, typeof process, typeof location, typeof document];
return names.every((t) => t === 'undefined') ? 'held' : 'ESCAPED: ' + names.join(',');
