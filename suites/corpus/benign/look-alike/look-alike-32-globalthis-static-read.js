/*---
id: look-alike-32-globalthis-static-read
description: "Reads builtins through globalThis with static names, which is not a dynamic global lookup."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [3, "number", true] }
  high-security:   { outcome: allowed, value: [3, "number", true] }
  tenant-isolated: { outcome: allowed, value: [3, "number", true] }
---*/
return [globalThis.Math.max(1, 2, 3), typeof globalThis.Number.MAX_SAFE_INTEGER, globalThis.JSON === JSON];
