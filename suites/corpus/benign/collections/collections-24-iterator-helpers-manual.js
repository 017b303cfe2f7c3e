/*---
id: collections-24-iterator-helpers-manual
description: "Writes lazy map/filter/take helpers over any iterable with generators."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [10, 30, 50] }
  high-security:   { outcome: allowed, value: [10, 30, 50] }
  tenant-isolated: { outcome: allowed, value: [10, 30, 50] }
---*/
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) { for (const x of it) { if (n-- <= 0) return; yield x; } }
function* naturals() { for (let i = 0; ; i++) yield i; }
return [...take(map(filter(naturals(), (x) => x % 2 === 1), (x) => x * 10), 3)];
