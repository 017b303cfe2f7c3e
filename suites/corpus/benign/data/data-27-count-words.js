/*---
id: data-27-count-words
description: "Counts word frequencies in input text and returns the top three."
kind: benign
category: data
input: { text: "the cat and the hat and the bat" }
expect:
  ultra-secure:    { outcome: allowed, value: [["the", 3], ["and", 2], ["bat", 1]] }
  high-security:   { outcome: allowed, value: [["the", 3], ["and", 2], ["bat", 1]] }
  tenant-isolated: { outcome: allowed, value: [["the", 3], ["and", 2], ["bat", 1]] }
---*/
const freq = {};
for (const w of input.text.split(' ')) freq[w] = (freq[w] ?? 0) + 1;
return Object.entries(freq).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
