/*---
id: syntax-22-symbol-iterator
description: "Makes a plain object iterable by defining Symbol.iterator, then spreads and destructures it."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: { all: [3, 6, 9], first: 3 } }
  high-security:   { outcome: allowed, value: { all: [3, 6, 9], first: 3 } }
  tenant-isolated: { outcome: allowed, value: { all: [3, 6, 9], first: 3 } }
---*/
const range = {
  from: 1,
  to: 3,
  *[Symbol.iterator]() { for (let i = this.from; i <= this.to; i++) yield i * 3; },
};
const [first] = range;
return { all: [...range], first };
