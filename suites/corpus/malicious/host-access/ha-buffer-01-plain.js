/*---
id: ha-buffer-01-plain
description: "Uses Buffer, a Node host class that was vm2's main conduit to host objects; it must be absent."
kind: malicious
category: host-access
technique: HA-buffer
variant: plain
references:
  - "vm2 ATTACKS cat. 10, 15, 18"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return Buffer.from('secret').toString('base64');
