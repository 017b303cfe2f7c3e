/*---
id: look-alike-14-module-exports-local
description: "Uses local variables named module and exports for a hand-rolled module pattern inside the snippet."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { name: "math", api: ["add", "mul"], sum: 5 } }
  high-security:   { outcome: allowed, value: { name: "math", api: ["add", "mul"], sum: 5 } }
  tenant-isolated: { outcome: allowed, value: { name: "math", api: ["add", "mul"], sum: 5 } }
---*/
const module = { name: 'math', exports: {} };
const exports = module.exports;
exports.add = (a, b) => a + b;
exports.mul = (a, b) => a * b;
return { name: module.name, api: Object.keys(module.exports), sum: module.exports.add(2, 3) };
