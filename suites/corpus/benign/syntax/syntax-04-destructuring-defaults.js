/*---
id: syntax-04-destructuring-defaults
description: "Destructures nested objects and arrays with defaults, renaming and rest elements."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["Lin", 7, "n/a", [3, 4], { z: 9 }] }
  high-security:   { outcome: allowed, value: ["Lin", 7, "n/a", [3, 4], { z: 9 }] }
  tenant-isolated: { outcome: allowed, value: ["Lin", 7, "n/a", [3, 4], { z: 9 }] }
---*/
const record = { person: { first: 'Lin', age: 7 }, tags: [1, 2, 3, 4], extra: { z: 9 } };
const { person: { first: name, age, title = 'n/a' }, tags: [, , ...rest], extra: { ...copy } } = record;
return [name, age, title, rest, copy];
