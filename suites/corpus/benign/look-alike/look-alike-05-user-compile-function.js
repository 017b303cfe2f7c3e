/*---
id: look-alike-05-user-compile-function
description: "Declares a user function named compile that builds a matcher from a pattern object, with no code generation."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [true, false, true] }
  high-security:   { outcome: allowed, value: [true, false, true] }
  tenant-isolated: { outcome: allowed, value: [true, false, true] }
---*/
function compile(pattern) {
  const checks = Object.entries(pattern).map(([k, v]) => (o) => o[k] === v);
  return (o) => checks.every((c) => c(o));
}
const isAdmin = compile({ role: 'admin', active: true });
return [isAdmin({ role: 'admin', active: true }), isAdmin({ role: 'user', active: true }), compile({})({})];
