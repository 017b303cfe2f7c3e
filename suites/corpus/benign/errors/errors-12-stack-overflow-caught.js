/*---
id: errors-12-stack-overflow-caught
description: "Catches the RangeError of runaway recursion inside the snippet and keeps running."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: { name: "RangeError", recovered: 3 } }
  high-security:   { outcome: allowed, value: { name: "RangeError", recovered: 3 } }
  tenant-isolated: { outcome: allowed, value: { name: "RangeError", recovered: 3 } }
---*/
const down = (n) => down(n + 1);
let name = null;
try { down(0); } catch (e) { name = e.name; }
return { name, recovered: [1, 2].reduce((a, b) => a + b) };
