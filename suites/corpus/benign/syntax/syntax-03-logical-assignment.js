/*---
id: syntax-03-logical-assignment
description: "Applies the logical assignment operators ||=, &&= and ??= to fill defaults without overwriting set values."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: { a: 1, b: "x", c: 0, d: "kept", e: null } }
  high-security:   { outcome: allowed, value: { a: 1, b: "x", c: 0, d: "kept", e: null } }
  tenant-isolated: { outcome: allowed, value: { a: 1, b: "x", c: 0, d: "kept", e: null } }
---*/
const o = { a: 0, b: 'x', c: 5, d: 'kept', e: null };
o.a ||= 1;
o.b ||= 'y';
o.c &&= 0;
o.d ??= 'new';
o.e &&= 'never';
return o;
