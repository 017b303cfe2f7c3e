/*---
id: syntax-14-generator-send
description: "Sends values back into a generator with next(v) to build a running total."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: [0, 5, 15, 18] }
  high-security:   { outcome: allowed, value: [0, 5, 15, 18] }
  tenant-isolated: { outcome: allowed, value: [0, 5, 15, 18] }
---*/
function* total() {
  let sum = 0;
  while (true) {
    const n = yield sum;
    sum += n;
  }
}
const g = total();
return [g.next().value, g.next(5).value, g.next(10).value, g.next(3).value];
