/*---
id: collections-06-lru-cache
description: "Implements an LRU cache with a Map, relying on its insertion order for eviction."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { keys: ["c", "a", "d"], hitA: 1, missB: null } }
  high-security:   { outcome: allowed, value: { keys: ["c", "a", "d"], hitA: 1, missB: null } }
  tenant-isolated: { outcome: allowed, value: { keys: ["c", "a", "d"], hitA: 1, missB: null } }
---*/
class LRU {
  constructor(cap) { this.cap = cap; this.m = new Map(); }
  get(k) {
    if (!this.m.has(k)) return null;
    const v = this.m.get(k);
    this.m.delete(k);
    this.m.set(k, v);
    return v;
  }
  set(k, v) {
    this.m.delete(k);
    this.m.set(k, v);
    if (this.m.size > this.cap) this.m.delete(this.m.keys().next().value);
  }
}
const c = new LRU(3);
c.set('a', 1); c.set('b', 2); c.set('c', 3);
const hitA = c.get('a');
c.set('d', 4);
return { keys: [...c.m.keys()], hitA, missB: c.get('b') };
