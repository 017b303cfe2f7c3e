/*---
id: ex-uninit-memory-03-interrupted-alloc
description: "Tenant a fills buffers with a marker and is killed by the time budget in the middle of allocating; tenant b then allocates and scans buffers and sparse arrays for the marker."
kind: malicious
category: exfiltration
technique: EX-uninit-memory
variant: combined
references:
  - "CVE-2025-55131 (Node vm timeout)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [slow, multi-step]
---*/
//@step tenant=a
const keep = [];
for (;;) {
  const u = new Uint8Array(1 << 12);
  u.fill(0x5a);
  keep.push(u);
  if (keep.length > 64) keep.shift();
}
//@step tenant=b
for (let round = 0; round < 64; round++) {
  const u = new Uint8Array(1 << 12);
  for (let i = 0; i < u.length; i += 64) if (u[i] !== 0) return 'ESCAPED: marker leaked into a fresh buffer';
}
const sparse = new Array(1000);
return sparse.every((x) => x === undefined) ? 'held' : 'ESCAPED';
