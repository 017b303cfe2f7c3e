/*---
id: text-24-trim-variants
description: "Trims whitespace at the start, end or both, including non-breaking and tab characters."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["x y", "x y \t", "  x y", 3] }
  high-security:   { outcome: allowed, value: ["x y", "x y \t", "  x y", 3] }
  tenant-isolated: { outcome: allowed, value: ["x y", "x y \t", "  x y", 3] }
---*/
const s = '\u00a0 x y \t';
return [s.trim(), s.trimStart(), s.trimEnd(), 'x y'.length];
