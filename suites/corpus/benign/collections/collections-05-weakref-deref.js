/*---
id: collections-05-weakref-deref
description: "Caches through a WeakRef where the profile offers one and falls back to a strong reference where it does not."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [true, "alive"] }
  high-security:   { outcome: allowed, value: [true, "alive"] }
  tenant-isolated: { outcome: allowed, value: [true, "alive"] }
---*/
const target = { state: 'alive' };
// WeakRef observes garbage collection, so stricter profiles may leave it out: feature-detect it.
const ref = typeof WeakRef === 'function' ? new WeakRef(target) : { deref: () => target };
return [ref.deref() === target, ref.deref().state];
