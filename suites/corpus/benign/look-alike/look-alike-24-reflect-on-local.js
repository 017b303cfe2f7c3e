/*---
id: look-alike-24-reflect-on-local
description: "Uses Reflect.ownKeys, Reflect.has and Reflect.get on a local object, the reflective API used honestly."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [["a", "b"], true, 2] }
  high-security:   { outcome: allowed, value: [["a", "b"], true, 2] }
  tenant-isolated: { outcome: allowed, value: [["a", "b"], true, 2] }
---*/
const o = { a: 1, b: 2 };
return [Reflect.ownKeys(o), Reflect.has(o, 'a'), Reflect.get(o, 'b')];
