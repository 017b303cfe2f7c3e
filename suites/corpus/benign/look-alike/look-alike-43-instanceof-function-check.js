/*---
id: look-alike-43-instanceof-function-check
description: "Checks callables with instanceof Function and typeof, reading the global Function without calling it."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [true, true, false, true] }
  high-security:   { outcome: allowed, value: [true, true, false, true] }
  tenant-isolated: { outcome: allowed, value: [true, true, false, true] }
---*/
const f = () => 1;
class K {}
return [f instanceof Function, K instanceof Function, ({}) instanceof Function, typeof K === 'function'];
