/*---
id: ex-pooled-memory-01-buffer-pool
description: "Reads the shared ArrayBuffer behind a small Buffer (buf.buffer), which in Node is an 8 KB pool slab holding other data (GHSA-489w-w794-jq94); Buffer must be absent."
kind: malicious
category: exfiltration
technique: EX-pooled-memory
variant: plain
references:
  - "GHSA-489w-w794-jq94"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const b = Buffer.from('x');
const slab = new Uint8Array(b.buffer);
return slab.length > 1 ? 'ESCAPED: pooled slab of ' + slab.length : 'unpooled';
