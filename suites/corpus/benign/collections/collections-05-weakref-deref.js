/*---
id: collections-05-weakref-deref
description: "Creates a WeakRef to a live object and derefs it while a strong reference exists."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [true, "alive"] }
  high-security:   { outcome: allowed, value: [true, "alive"] }
  tenant-isolated: { outcome: allowed, value: [true, "alive"] }
---*/
const target = { state: 'alive' };
const ref = new WeakRef(target);
return [ref.deref() === target, ref.deref().state];
