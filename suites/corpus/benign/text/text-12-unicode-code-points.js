/*---
id: text-12-unicode-code-points
description: "Counts code points versus UTF-16 units in strings with emoji and astral characters."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: { units: 7, points: 5, chars: ["a", "😀", "b", "𝄞", "c"], hex: "1f600" } }
  high-security:   { outcome: allowed, value: { units: 7, points: 5, chars: ["a", "😀", "b", "𝄞", "c"], hex: "1f600" } }
  tenant-isolated: { outcome: allowed, value: { units: 7, points: 5, chars: ["a", "😀", "b", "𝄞", "c"], hex: "1f600" } }
---*/
const s = 'a😀b𝄞c';
return { units: s.length, points: [...s].length, chars: Array.from(s), hex: s.codePointAt(1).toString(16) };
