/*---
id: errors-22-typeerror-frozen-strict
description: "Collects the TypeErrors strict mode raises for writes to frozen, non-writable and getter-only properties."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["TypeError", "TypeError", "TypeError", "TypeError"] }
  high-security:   { outcome: allowed, value: ["TypeError", "TypeError", "TypeError", "TypeError"] }
  tenant-isolated: { outcome: allowed, value: ["TypeError", "TypeError", "TypeError", "TypeError"] }
---*/
const names = [];
const t = (fn) => { try { fn(); names.push('none'); } catch (e) { names.push(e.name); } };
const frozen = Object.freeze({ a: 1 });
const ro = Object.defineProperty({}, 'b', { value: 1, writable: false });
const getter = { get c() { return 1; } };
const sealed = Object.seal({ d: 1 });
t(() => { frozen.a = 2; });
t(() => { ro.b = 2; });
t(() => { getter.c = 2; });
t(() => { sealed.e = 1; });
return names;
