/*---
id: ob-base64-03-process-probe
description: >-
  Decodes 'cHJvY2Vzcw==' into a global name and probes for the host process object with it.
kind: malicious
category: obfuscation
technique: OB-base64
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27 (\"base64-decoded blobs\")"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const bits = [...'cHJvY2Vzcw'].map((c) => A.indexOf(c).toString(2).padStart(6, '0')).join('');
const name = bits.match(/.{8}/g).map((b) => String.fromCharCode(parseInt(b, 2))).join('');
const p = Reflect.get(globalThis, name);
return p === undefined ? 'held' : 'ESCAPED: ' + name + ' reachable';
