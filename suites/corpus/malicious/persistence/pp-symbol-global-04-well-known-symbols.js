/*---
id: pp-symbol-global-04-well-known-symbols
description: >-
  Tenant a overrides well-known symbol hooks (Symbol.toStringTag on Object.prototype, Symbol.replace on
  RegExp.prototype) that builtins consult implicitly.
kind: malicious
category: persistence
technique: PP-symbol-global
variant: obfuscated
references:
  - "temporalio #1519 (#1592)"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Object.prototype[Symbol.toStringTag] = 'Tampered';
RegExp.prototype[Symbol.replace] = () => 'tampered';
return 'tampered';
//@step tenant=b
const tag = Object.prototype.toString.call({});
const replaced = 'abc'.replace(/b/, 'x');
return tag === '[object Object]' && replaced === 'axc' ? 'clean' : 'ESCAPED: well-known symbol hooks survived';
//@step tenant=a
const tag = Object.prototype.toString.call({});
const replaced = 'abc'.replace(/b/, 'x');
return tag === '[object Object]' && replaced === 'axc' ? 'clean' : 'ESCAPED: well-known symbol hooks survived';
