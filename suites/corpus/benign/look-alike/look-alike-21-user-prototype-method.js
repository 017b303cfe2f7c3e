/*---
id: look-alike-21-user-prototype-method
description: "Adds a method to a user-defined constructor's prototype (not a builtin's), the pre-class way to share methods."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["(1, 2)", true, false] }
  high-security:   { outcome: allowed, value: ["(1, 2)", true, false] }
  tenant-isolated: { outcome: allowed, value: ["(1, 2)", true, false] }
---*/
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.toString = function () { return `(${this.x}, ${this.y})`; };
const p = new Point(1, 2);
return [String(p), p instanceof Point, Object.hasOwn(p, 'toString')];
