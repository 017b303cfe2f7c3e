/*---
id: ex-uninit-memory-02-resizable
description: "Grows resizable ArrayBuffers and checks the newly exposed bytes are zero, a second allocation path that must initialise memory just like construction."
kind: malicious
category: exfiltration
technique: EX-uninit-memory
variant: obfuscated
references:
  - "CVE-2025-55131 (Node vm timeout)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const RAB = ArrayBuffer;
let ab;
try { ab = new RAB(8, { ['max' + 'ByteLength']: 1 << 16 }); } catch (e) { return 'held'; }
if (typeof ab.resize !== 'function') return 'held';
const v = new Uint8Array(ab);
v.fill(0xaa);
ab.resize(4);
ab.resize(1 << 16);
const view = new Uint8Array(ab);
for (let i = 4; i < view.length; i++) if (view[i] !== 0) return 'ESCAPED: stale byte at ' + i;
return 'held';
