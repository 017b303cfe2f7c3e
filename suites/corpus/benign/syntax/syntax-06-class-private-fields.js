/*---
id: syntax-06-class-private-fields
description: "Uses a class with private fields and a private method, reachable only through the public API."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: [3, true, false] }
  high-security:   { outcome: allowed, value: [3, true, false] }
  tenant-isolated: { outcome: allowed, value: [3, true, false] }
---*/
class Counter {
  #count = 0;
  #bump() { this.#count += 1; }
  tick() { this.#bump(); return this; }
  get value() { return this.#count; }
  static isCounter(o) { return #count in o; }
}
const c = new Counter().tick().tick().tick();
return [c.value, Counter.isCounter(c), Counter.isCounter({})];
