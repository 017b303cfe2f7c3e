/*---
id: pp-symbol-global-03-replace-symbol-for
description: >-
  Tenant a replaces Symbol.for and Symbol.keyFor with versions that log every lookup into a registry of its
  own, a spy on the next tenant's registry keys.
kind: malicious
category: persistence
technique: PP-symbol-global
variant: combined
references:
  - "temporalio #1519 (#1592)"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const seen = [];
const nativeFor = Symbol.for;
Symbol.for = (name) => {
  seen.push(name);
  return nativeFor(name);
};
Symbol.for.pp = true;
Symbol.keyFor = () => 'tampered';
return 'tampered';
//@step tenant=b
const a = Symbol.for('x');
if (Symbol.for.pp === true || Symbol.keyFor(a) !== 'x' || a !== Symbol.for('x')) return 'ESCAPED: Symbol registry functions tampered';
return 'clean';
//@step tenant=a
const a = Symbol.for('x');
if (Symbol.for.pp === true || Symbol.keyFor(a) !== 'x' || a !== Symbol.for('x')) return 'ESCAPED: Symbol registry functions tampered';
return 'clean';
