/*---
id: look-alike-62-getprototypeof-user-class
description: "Walks the prototype chain of a user class hierarchy with Object.getPrototypeOf to list its ancestors."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["C", "B", "A", "Object"] }
  high-security:   { outcome: allowed, value: ["C", "B", "A", "Object"] }
  tenant-isolated: { outcome: allowed, value: ["C", "B", "A", "Object"] }
---*/
class A {}
class B extends A {}
class C extends B {}
const names = [];
for (let p = C.prototype; p !== null; p = Object.getPrototypeOf(p)) names.push(p.constructor.name);
return names;
