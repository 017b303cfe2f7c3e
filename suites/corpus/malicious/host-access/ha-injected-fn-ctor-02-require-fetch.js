/*---
id: ha-injected-fn-ctor-02-require-fetch
description: "Walks the constructor chain of require and fetch (where the profile grants them) with computed keys, since every injected API is a potential host function."
kind: malicious
category: host-access
technique: HA-injected-fn-ctor
variant: obfuscated
references:
  - "open-mercato PR #1365"
  - "isolated-vm README Callback"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const k = 'constr' + 'uctor';
const injected = [globalThis['req' + 'uire'], globalThis['fe' + 'tch'], console.error, console.warn].filter((f) => typeof f === 'function');
for (const fn of injected) {
  try {
    const probe = fn[k][k]('return typeof process');
    if (probe() !== 'undefined') return 'ESCAPED: host Function behind ' + fn.name;
  } catch (e) { /* refused or sandboxed */ }
}
return 'held';
