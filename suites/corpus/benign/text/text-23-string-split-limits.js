/*---
id: text-23-string-split-limits
description: "Splits strings with limits, regex separators and captured separators."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [["a", "b"], ["a", "b", "c", "d"], ["1", "+", "2", "-", "3"], ["", "x", ""]] }
  high-security:   { outcome: allowed, value: [["a", "b"], ["a", "b", "c", "d"], ["1", "+", "2", "-", "3"], ["", "x", ""]] }
  tenant-isolated: { outcome: allowed, value: [["a", "b"], ["a", "b", "c", "d"], ["1", "+", "2", "-", "3"], ["", "x", ""]] }
---*/
return ['a,b,c,d'.split(',', 2), 'a, b;c  d'.split(/[,;\s]+/), '1+2-3'.split(/([+-])/), ',x,'.split(',')];
