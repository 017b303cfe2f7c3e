/*---
id: em-cacheddata-03-v8-deserialize
description: "Requires v8 to deserialize attacker bytes and set engine flags, which would let the guest feed crafted heap data or disable checks; every name must be refused."
kind: malicious
category: embedder-misuse
technique: EM-cacheddata
variant: combined
references:
  - "CVE-2022-39266"
  - "isolated-vm README"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
if (typeof require !== 'function') return 'held';
for (const name of ['v8', 'node:v8', 'vm', 'node:vm']) {
  try {
    const m = require(name);
    if (m && typeof m.deserialize === 'function') m.deserialize(new Uint8Array([255, 15, 34, 1, 120]));
    if (m && typeof m.setFlagsFromString === 'function') m.setFlagsFromString('--allow-natives-syntax');
    return 'ESCAPED: ' + name + ' loaded';
  } catch (e) { /* refused */ }
}
return 'held';
