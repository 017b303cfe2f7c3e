/*---
id: look-alike-66-shadowrealm-feature-detect
description: "Feature-detects ShadowRealm and structuredClone with typeof, both absent in the sandbox, and falls back."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { realm: false, clone: [1, { a: 2 }] } }
  high-security:   { outcome: allowed, value: { realm: false, clone: [1, { a: 2 }] } }
  tenant-isolated: { outcome: allowed, value: { realm: false, clone: [1, { a: 2 }] } }
---*/
const hasRealm = typeof ShadowRealm === 'function';
const clone = typeof structuredClone === 'function' ? structuredClone : (v) => JSON.parse(JSON.stringify(v));
return { realm: hasRealm, clone: clone([1, { a: 2 }]) };
