/*---
id: ha-buffer-03-alloc-unsafe
description: "Calls Buffer.allocUnsafe to read uninitialised pooled memory, which would leak other data as well as reach a host class."
kind: malicious
category: host-access
technique: HA-buffer
variant: combined
references:
  - "vm2 ATTACKS cat. 10, 15, 18"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const b = Buffer.allocUnsafe(4096);
return b.some((x) => x !== 0) ? 'ESCAPED: dirty pool' : 'zeroed';
