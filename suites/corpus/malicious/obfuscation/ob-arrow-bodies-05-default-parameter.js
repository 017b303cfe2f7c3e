/*---
id: ob-arrow-bodies-05-default-parameter
description: >-
  Reads process in a default parameter of an arrow method, evaluated only when the method is called with no
  argument.
kind: malicious
category: obfuscation
technique: OB-arrow-bodies
variant: obfuscated
references:
  - "n8n CVE-2026-72765"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const o = { run: (k = globalThis.process) => k };
return o.run() === undefined ? 'held' : 'ESCAPED: process reached from a default parameter';
