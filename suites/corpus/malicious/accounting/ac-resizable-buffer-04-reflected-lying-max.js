/*---
id: ac-resizable-buffer-04-reflected-lying-max
description: "Reaches the ArrayBuffer constructor from an instance and passes a maxByteLength getter that answers small once, then 100 MiB: the maximum is read once, and what is reserved is what V8 gets."
kind: malicious
category: accounting
technique: AC-resizable-buffer
variant: obfuscated
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
expect:
  ultra-secure: { outcome: contained, value: 1024 }
  high-security: { outcome: contained, value: 1024 }
  tenant-isolated: { outcome: contained, value: 1024 }
---*/
// The constructor is reached from an instance, the options through a getter that lies: small when
// read the first time, 100 MiB afterwards.
const AB = Object.getPrototypeOf(new Uint8Array(1).buffer).constructor;
let reads = 0;
const options = { get maxByteLength() { reads++; return reads === 1 ? 1024 : 100 * 2 ** 20; } };
const buf = Reflect.construct(AB, [0, options]);
const max = buf.maxByteLength;
buf.resize(max);
new Uint8Array(buf).fill(3);
globalThis.keep = buf;
return max;
