/*---
id: oi-envelope-forgery-06-computed-tojson-syntax
description: The prototype is reached through an object literal and toJSON
  defined under a computed key; the forged envelope reports ERR_SYNTAX
kind: malicious
category: output-integrity
technique: OI-envelope-forgery
variant: obfuscated
references:
  - "sandproof SECURITY.md, claim 7: results the guest cannot forge"
  - "ECMA-262 SerializeJSONProperty: toJSON is looked up through the prototype
    chain"
expect:
  ultra-secure:
    outcome: contained
    value: 1
  high-security:
    outcome: contained
    value: 1
  tenant-isolated:
    outcome: contained
    value: 1
---*/
// Obfuscated: the prototype is reached through an object literal and the key is computed, so no
// "Object.prototype" appears in the text; the forged envelope reports a syntax error.
const proto = Reflect.getPrototypeOf({});
const key = ['to', 'JS', 'ON'].join('');
Reflect.defineProperty(proto, key, {
  configurable: true,
  value() {
    Reflect.deleteProperty(proto, key);
    return { ok: false, syntax: { name: 'SyntaxError', message: 'Invalid or unexpected token' } };
  },
});
return 1;
