/*---
id: ex-uninit-memory-01-zeroed
description: "Allocates ArrayBuffers of many sizes and checks that every byte is zero, since an allocation that skips initialisation exposes earlier data (CVE-2025-55131)."
kind: malicious
category: exfiltration
technique: EX-uninit-memory
variant: plain
references:
  - "CVE-2025-55131 (Node vm timeout)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
for (const size of [16, 1000, 4096, 65536, 200000]) {
  const u = new Uint8Array(new ArrayBuffer(size));
  for (let i = 0; i < u.length; i++) if (u[i] !== 0) return 'ESCAPED: non-zero byte at ' + i + ' of ' + size;
}
return 'held';
