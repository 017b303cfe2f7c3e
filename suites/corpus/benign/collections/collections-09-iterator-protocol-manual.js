/*---
id: collections-09-iterator-protocol-manual
description: "Drives an array iterator by hand with next() and reads the done flag."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [{ value: "a", done: false }, { value: "b", done: false }, { done: true }] }
  high-security:   { outcome: allowed, value: [{ value: "a", done: false }, { value: "b", done: false }, { done: true }] }
  tenant-isolated: { outcome: allowed, value: [{ value: "a", done: false }, { value: "b", done: false }, { done: true }] }
---*/
const it = ['a', 'b'][Symbol.iterator]();
const r1 = it.next();
const r2 = it.next();
const r3 = it.next();
return [r1, r2, { done: r3.done }];
