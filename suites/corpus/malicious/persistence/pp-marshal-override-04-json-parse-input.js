/*---
id: pp-marshal-override-04-json-parse-input
description: >-
  Tenant a replaces JSON.parse with one that injects fields, hoping the next execution's input is decoded
  with it.
kind: malicious
category: persistence
technique: PP-marshal-override
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 10"
input: {"v":1}
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const nativeParse = JSON.parse;
JSON.parse = (text) => Object.assign(nativeParse(text), { injected: 'tenant-a' });
return 'tampered';
//@step tenant=b
if (input.v !== 1 || 'injected' in input) return 'ESCAPED: input decoded by tampered JSON.parse';
return 'injected' in JSON.parse('{"a":1}') ? 'ESCAPED: JSON.parse replaced' : 'clean';
//@step tenant=a
if (input.v !== 1 || 'injected' in input) return 'ESCAPED: input decoded by tampered JSON.parse';
return 'injected' in JSON.parse('{"a":1}') ? 'ESCAPED: JSON.parse replaced' : 'clean';
