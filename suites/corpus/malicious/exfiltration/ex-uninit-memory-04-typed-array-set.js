/*---
id: ex-uninit-memory-04-typed-array-set
description: "Creates typed arrays through set, copyWithin, slice and subarray near their bounds and over detached-looking ranges, checking no operation reads beyond the written data."
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
---*/
const src = new Uint8Array(16).fill(1);
const dst = new Uint8Array(64);
dst.set(src, 48);
const sliced = dst.slice(40, 70);
const copied = new Uint8Array(32); copied.copyWithin(0, 16, 64);
const sub = dst.subarray(60, 1000);
const sums = [sliced.reduce((a, b) => a + b, 0), copied.reduce((a, b) => a + b, 0), sub.length];
return sums.join() === '16,0,4' ? 'held' : 'ESCAPED: ' + sums.join();
