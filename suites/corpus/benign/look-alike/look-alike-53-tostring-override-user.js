/*---
id: look-alike-53-tostring-override-user
description: "Overrides toString and Symbol.toPrimitive on a user class to format money, no builtin touched."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["EUR 12.50", 12.5, "total: EUR 12.50"] }
  high-security:   { outcome: allowed, value: ["EUR 12.50", 12.5, "total: EUR 12.50"] }
  tenant-isolated: { outcome: allowed, value: ["EUR 12.50", 12.5, "total: EUR 12.50"] }
---*/
class Money {
  constructor(cents) { this.cents = cents; }
  toString() { return `EUR ${(this.cents / 100).toFixed(2)}`; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.cents / 100 : this.toString(); }
}
const m = new Money(1250);
return [String(m), +m, `total: ${m}`];
