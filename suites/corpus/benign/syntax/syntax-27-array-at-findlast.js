/*---
id: syntax-27-array-at-findlast
description: "Uses newer array methods at, findLast, findLastIndex and flatMap."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: [5, 4, 3, [1, 1, 2, 2, 3, 3]] }
  high-security:   { outcome: allowed, value: [5, 4, 3, [1, 1, 2, 2, 3, 3]] }
  tenant-isolated: { outcome: allowed, value: [5, 4, 3, [1, 1, 2, 2, 3, 3]] }
---*/
const xs = [1, 2, 3, 4, 5];
return [xs.at(-1), xs.findLast((x) => x % 2 === 0), xs.findLastIndex((x) => x === 4), xs.slice(0, 3).flatMap((x) => [x, x])];
