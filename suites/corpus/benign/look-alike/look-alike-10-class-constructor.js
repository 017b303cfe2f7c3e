/*---
id: look-alike-10-class-constructor
description: "Defines classes whose constructor methods validate arguments, the everyday use of the word constructor."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["ok:3", "RangeError"] }
  high-security:   { outcome: allowed, value: ["ok:3", "RangeError"] }
  tenant-isolated: { outcome: allowed, value: ["ok:3", "RangeError"] }
---*/
class Positive {
  constructor(n) {
    if (n <= 0) throw new RangeError('must be positive');
    this.n = n;
  }
}
let err = null;
try { new Positive(-1); } catch (e) { err = e.name; }
return [`ok:${new Positive(3).n}`, err];
