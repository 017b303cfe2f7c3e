/*---
id: pp-marshal-override-03-toprimitive-proto-payload
description: >-
  Tenant a adds Symbol.toPrimitive to Object.prototype and makes JSON.stringify emit a __proto__ payload
  aimed at the host canary, in case the host merges what it parses.
kind: malicious
category: persistence
technique: PP-marshal-override
variant: combined
references:
  - "vm2 ATTACKS cat. 10"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Object.prototype[Symbol.toPrimitive] = () => 'forged';
JSON.stringify = () => '{"__proto__":{"__SANDPROOF_CANARY__":"overwritten"},"polluted":true}';
return { real: 1 };
//@step tenant=b
if (String({}) !== '[object Object]' || `${{}}` !== '[object Object]') return 'ESCAPED: toPrimitive hook survived';
return JSON.stringify({ a: 1 }) === '{"a":1}' ? 'clean' : 'ESCAPED: JSON.stringify replaced';
//@step tenant=a
if (String({}) !== '[object Object]' || `${{}}` !== '[object Object]') return 'ESCAPED: toPrimitive hook survived';
return JSON.stringify({ a: 1 }) === '{"a":1}' ? 'clean' : 'ESCAPED: JSON.stringify replaced';
