/*---
id: collections-04-weakset-visited
description: "Tracks visited objects with a WeakSet to walk a cyclic graph without looping forever."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: ["a", "b", "c"] }
  high-security:   { outcome: allowed, value: ["a", "b", "c"] }
  tenant-isolated: { outcome: allowed, value: ["a", "b", "c"] }
---*/
const a = { name: 'a' };
const b = { name: 'b' };
const c = { name: 'c' };
a.next = [b, c];
b.next = [a];
c.next = [b];
const seen = new WeakSet();
const order = [];
const walk = (n) => {
  if (seen.has(n)) return;
  seen.add(n);
  order.push(n.name);
  n.next.forEach(walk);
};
walk(a);
return order;
