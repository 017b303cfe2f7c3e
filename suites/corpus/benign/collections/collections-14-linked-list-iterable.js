/*---
id: collections-14-linked-list-iterable
description: "Builds a singly linked list class that is iterable and supports reverse in place."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { forward: [1, 2, 3], reversed: [3, 2, 1], size: 3 } }
  high-security:   { outcome: allowed, value: { forward: [1, 2, 3], reversed: [3, 2, 1], size: 3 } }
  tenant-isolated: { outcome: allowed, value: { forward: [1, 2, 3], reversed: [3, 2, 1], size: 3 } }
---*/
class List {
  constructor() { this.head = null; this.size = 0; }
  push(v) { this.head = { v, next: this.head }; this.size++; return this; }
  reverse() { let prev = null; let cur = this.head; while (cur) { [cur.next, prev, cur] = [prev, cur, cur.next]; } this.head = prev; return this; }
  *[Symbol.iterator]() { for (let n = this.head; n; n = n.next) yield n.v; }
}
const l = new List().push(3).push(2).push(1);
const forward = [...l];
return { forward, reversed: [...l.reverse()], size: l.size };
