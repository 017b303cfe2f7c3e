/*---
id: look-alike-04-evaluate-method
description: "Defines a user method named evaluate on a class and calls it, a name that merely starts with eval."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [7, "evaluate"] }
  high-security:   { outcome: allowed, value: [7, "evaluate"] }
  tenant-isolated: { outcome: allowed, value: [7, "evaluate"] }
---*/
class Rule {
  constructor(threshold) { this.threshold = threshold; }
  evaluate(x) { return x >= this.threshold ? x : 0; }
}
const r = new Rule(5);
return [r.evaluate(7) + r.evaluate(2), Rule.prototype.evaluate.name];
