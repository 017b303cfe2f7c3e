/*---
id: look-alike-02-eval-in-comments
description: "Carries eval( and new Function( only in line and block comments around ordinary arithmetic."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: 12 }
  high-security:   { outcome: allowed, value: 12 }
  tenant-isolated: { outcome: allowed, value: 12 }
---*/
// eval('2 + 2') would be the lazy way; we compute directly.
/* new Function('a', 'b', 'return a * b') is forbidden here,
   so multiply the old-fashioned way: */
const a = 3; // not eval(a)
return a * 4; /* eval */
