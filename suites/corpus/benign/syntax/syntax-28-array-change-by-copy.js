/*---
id: syntax-28-array-change-by-copy
description: "Uses toSorted, toReversed, with and toSpliced, which return copies and leave the original intact."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: [[1, 2, 3], [2, 1, 3], [2, 1, 3], [3, 9, 2], [3, 2], [3, 1, 2]] }
  high-security:   { outcome: allowed, value: [[1, 2, 3], [2, 1, 3], [2, 1, 3], [3, 9, 2], [3, 2], [3, 1, 2]] }
  tenant-isolated: { outcome: allowed, value: [[1, 2, 3], [2, 1, 3], [2, 1, 3], [3, 9, 2], [3, 2], [3, 1, 2]] }
---*/
const xs = [3, 1, 2];
return [xs.toSorted(), xs.toReversed(), xs.toReversed().toSorted((a, b) => a - b).with(0, 2).with(1, 1), xs.with(1, 9), xs.toSpliced(1, 1), xs];
