/*---
id: look-alike-07-local-process-variable
description: "Names a local function process, shadowing nothing global in the sandbox, and calls it."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [2, 4, 6] }
  high-security:   { outcome: allowed, value: [2, 4, 6] }
  tenant-isolated: { outcome: allowed, value: [2, 4, 6] }
---*/
const process = (items) => items.map((x) => x * 2);
return process([1, 2, 3]);
