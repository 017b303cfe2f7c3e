/*---
id: look-alike-23-word-count-constructor
description: "Counts words including constructor and toString with a null-prototype dictionary, avoiding inherited-key bugs."
kind: benign
category: look-alike
flags: [look-alike]
input: { text: "the constructor calls the constructor then toString" }
expect:
  ultra-secure:    { outcome: allowed, value: { the: 2, constructor: 2, calls: 1, then: 1, toString: 1 } }
  high-security:   { outcome: allowed, value: { the: 2, constructor: 2, calls: 1, then: 1, toString: 1 } }
  tenant-isolated: { outcome: allowed, value: { the: 2, constructor: 2, calls: 1, then: 1, toString: 1 } }
---*/
const counts = Object.create(null);
for (const w of input.text.split(' ')) counts[w] = (counts[w] ?? 0) + 1;
return { ...counts };
