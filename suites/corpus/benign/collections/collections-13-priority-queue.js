/*---
id: collections-13-priority-queue
description: "Implements a binary min-heap priority queue and drains it in priority order."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: ["urgent", "high", "normal", "low"] }
  high-security:   { outcome: allowed, value: ["urgent", "high", "normal", "low"] }
  tenant-isolated: { outcome: allowed, value: ["urgent", "high", "normal", "low"] }
---*/
class Heap {
  constructor() { this.a = []; }
  push(p, v) {
    const a = this.a;
    a.push([p, v]);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent][0] <= a[i][0]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top[1];
  }
}
const h = new Heap();
h.push(3, 'normal'); h.push(9, 'low'); h.push(0, 'urgent'); h.push(1, 'high');
return [h.pop(), h.pop(), h.pop(), h.pop()];
