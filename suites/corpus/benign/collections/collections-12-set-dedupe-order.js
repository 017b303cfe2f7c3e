/*---
id: collections-12-set-dedupe-order
description: "Dedupes a list with a Set while preserving first-seen order, including NaN and -0 handling."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { values: [3, 1, 2, "NaN", 0], size: 5 } }
  high-security:   { outcome: allowed, value: { values: [3, 1, 2, "NaN", 0], size: 5 } }
  tenant-isolated: { outcome: allowed, value: { values: [3, 1, 2, "NaN", 0], size: 5 } }
---*/
const s = new Set([3, 1, 3, 2, 1, NaN, NaN, 0, -0]);
return { values: [...s].map((x) => (Number.isNaN(x) ? 'NaN' : x)), size: s.size };
