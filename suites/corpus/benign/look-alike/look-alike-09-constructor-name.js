/*---
id: look-alike-09-constructor-name
description: "Reads x.constructor.name to label values by type, a common logging idiom with no chained constructor access."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["Array", "Object", "Map", "Point", "Date"] }
  high-security:   { outcome: allowed, value: ["Array", "Object", "Map", "Point", "Date"] }
  tenant-isolated: { outcome: allowed, value: ["Array", "Object", "Map", "Point", "Date"] }
---*/
class Point { constructor(x, y) { this.x = x; this.y = y; } }
return [[], {}, new Map(), new Point(1, 2), new Date(0)].map((x) => x.constructor.name);
