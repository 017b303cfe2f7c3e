/*---
id: text-19-safe-backtracking
description: "Runs regular expressions that backtrack only linearly (alternation without nested quantifiers) on long input."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [true, false, 5000, true] }
  high-security:   { outcome: allowed, value: [true, false, 5000, true] }
  tenant-isolated: { outcome: allowed, value: [true, false, 5000, true] }
---*/
const long = 'ab'.repeat(5000);
return [/^(?:ab)+$/.test(long), /^(?:ab)+$/.test(long + 'a'), long.match(/ab/g).length, /^[ab]*$/.test(long)];
