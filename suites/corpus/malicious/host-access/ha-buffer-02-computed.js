/*---
id: ha-buffer-02-computed
description: "Looks up Buffer and its internal helpers through computed keys, and checks typed arrays for Buffer's hidden prototype methods."
kind: malicious
category: host-access
technique: HA-buffer
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 10, 15, 18"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const B = globalThis['Buf' + 'fer'];
if (B !== undefined) return 'ESCAPED: Buffer present';
const proto = Uint8Array.prototype;
const nodeOnly = ['utf8Write', 'asciiSlice', 'latin1Write', 'hexSlice'].filter((k) => k in proto);
return nodeOnly.length === 0 ? 'held' : 'ESCAPED: ' + nodeOnly.join(',');
