/*---
id: errors-28-catch-scope
description: "Shows the catch parameter is block-scoped and does not clobber an outer variable of the same name."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["outer", "inner"] }
  high-security:   { outcome: allowed, value: ["outer", "inner"] }
  tenant-isolated: { outcome: allowed, value: ["outer", "inner"] }
---*/
const e = 'outer';
let seen;
try { throw 'inner'; } catch (e) { seen = e; }
return [e, seen];
