/*---
id: errors-02-builtin-error-names
description: "Triggers engine errors (TypeError, RangeError, ReferenceError, SyntaxError from JSON) and returns only their names."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["TypeError", "RangeError", "ReferenceError", "SyntaxError", "URIError"] }
  high-security:   { outcome: allowed, value: ["TypeError", "RangeError", "ReferenceError", "SyntaxError", "URIError"] }
  tenant-isolated: { outcome: allowed, value: ["TypeError", "RangeError", "ReferenceError", "SyntaxError", "URIError"] }
---*/
const names = [];
const grab = (fn) => { try { fn(); } catch (e) { names.push(e.name); } };
grab(() => null.field);
grab(() => new Array(-1));
grab(() => notDeclaredAnywhere);
grab(() => JSON.parse('{bad'));
grab(() => decodeURIComponent('%'));
return names;
