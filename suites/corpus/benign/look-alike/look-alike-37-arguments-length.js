/*---
id: look-alike-37-arguments-length
description: "Reads arguments.length in an ordinary function for a variadic API, never arguments.callee."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [0, 6, 3] }
  high-security:   { outcome: allowed, value: [0, 6, 3] }
  tenant-isolated: { outcome: allowed, value: [0, 6, 3] }
---*/
function total() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
function arity() { return arguments.length; }
return [total(), total(1, 2, 3), arity('a', undefined, null)];
