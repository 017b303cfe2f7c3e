/*---
id: look-alike-15-user-buffer-class
description: "Declares a user class named Buffer (a ring buffer), which shadows no host Buffer in the sandbox."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { items: [3, 4, 5], size: 3 } }
  high-security:   { outcome: allowed, value: { items: [3, 4, 5], size: 3 } }
  tenant-isolated: { outcome: allowed, value: { items: [3, 4, 5], size: 3 } }
---*/
class Buffer {
  constructor(cap) { this.cap = cap; this.items = []; }
  push(x) { this.items.push(x); if (this.items.length > this.cap) this.items.shift(); return this; }
}
const b = new Buffer(3);
[1, 2, 3, 4, 5].forEach((x) => b.push(x));
return { items: b.items, size: b.items.length };
