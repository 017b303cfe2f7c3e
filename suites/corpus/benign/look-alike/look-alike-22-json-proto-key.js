/*---
id: look-alike-22-json-proto-key
description: "Parses JSON with a __proto__ key, which JSON.parse makes an ordinary own property, not a prototype change."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { keys: ["__proto__", "a"], polluted: false, value: { admin: true } } }
  high-security:   { outcome: allowed, value: { keys: ["__proto__", "a"], polluted: false, value: { admin: true } } }
  tenant-isolated: { outcome: allowed, value: { keys: ["__proto__", "a"], polluted: false, value: { admin: true } } }
---*/
const o = JSON.parse('{"__proto__": {"admin": true}, "a": 1}');
return { keys: Object.keys(o), polluted: ({}).admin === true, value: o['__proto__'] };
