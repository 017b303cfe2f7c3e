/*---
id: look-alike-61-catch-destructure-message
description: "Destructures message and name from a caught error, legitimate catch-clause destructuring."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["RangeError", "too big"] }
  high-security:   { outcome: allowed, value: ["RangeError", "too big"] }
  tenant-isolated: { outcome: allowed, value: ["RangeError", "too big"] }
---*/
try {
  throw new RangeError('too big');
} catch ({ name, message }) {
  return [name, message];
}
