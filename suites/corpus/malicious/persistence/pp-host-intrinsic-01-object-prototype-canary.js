/*---
id: pp-host-intrinsic-01-object-prototype-canary
description: >-
  Tenant a pollutes Object.prototype, including the name of the host canary, as if the sandbox shared the
  host's intrinsics; neither the host nor the next tenant may see it.
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: plain
references:
  - "CVE-2026-44005, -92953"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Object.prototype.polluted = 'tenant-a';
Object.prototype.__SANDPROOF_CANARY__ = 'overwritten';
return 'tampered';
//@step tenant=b
if ('polluted' in {}) return 'ESCAPED: Object.prototype pollution survived';
if (typeof globalThis.__SANDPROOF_CANARY__ !== 'undefined') return 'ESCAPED: canary name visible';
return 'clean';
//@step tenant=a
if ('polluted' in {}) return 'ESCAPED: Object.prototype pollution survived';
if (typeof globalThis.__SANDPROOF_CANARY__ !== 'undefined') return 'ESCAPED: canary name visible';
return 'clean';
