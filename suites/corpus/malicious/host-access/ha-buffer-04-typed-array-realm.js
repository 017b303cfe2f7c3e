/*---
id: ha-buffer-04-typed-array-realm
description: "Checks that typed arrays and their buffers belong to the sandbox realm, since a host Buffer subclass would show a foreign prototype chain."
kind: malicious
category: host-access
technique: HA-buffer
variant: combined
references:
  - "vm2 ATTACKS cat. 10, 15, 18"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const view = new Uint8Array(8);
const chain = [];
for (let p = Object.getPrototypeOf(view); p !== null; p = Object.getPrototypeOf(p)) chain.push(p);
const ours = chain[chain.length - 1] === Object.prototype && view.buffer instanceof ArrayBuffer;
const ctor = Object.getPrototypeOf(Uint8Array).from;
return ours && typeof ctor === 'function' && view.constructor === Uint8Array ? 'held' : 'ESCAPED: foreign typed array';
