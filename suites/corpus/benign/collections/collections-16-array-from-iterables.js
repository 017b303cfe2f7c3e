/*---
id: collections-16-array-from-iterables
description: "Converts Maps, Sets, strings and generator results into arrays with Array.from and a map function."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [[["a", 1]], [2, 4], ["h", "i"], [0, 1, 4]] }
  high-security:   { outcome: allowed, value: [[["a", 1]], [2, 4], ["h", "i"], [0, 1, 4]] }
  tenant-isolated: { outcome: allowed, value: [[["a", 1]], [2, 4], ["h", "i"], [0, 1, 4]] }
---*/
function* squares() { for (let i = 0; i < 3; i++) yield i * i; }
return [Array.from(new Map([['a', 1]])), Array.from(new Set([1, 2]), (x) => x * 2), Array.from('hi'), Array.from(squares())];
