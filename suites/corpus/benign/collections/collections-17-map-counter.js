/*---
id: collections-17-map-counter
description: "Counts occurrences with a Map and sorts entries by count."
kind: benign
category: collections
input: { votes: ["red", "blue", "red", "green", "blue", "red"] }
expect:
  ultra-secure:    { outcome: allowed, value: [["red", 3], ["blue", 2], ["green", 1]] }
  high-security:   { outcome: allowed, value: [["red", 3], ["blue", 2], ["green", 1]] }
  tenant-isolated: { outcome: allowed, value: [["red", 3], ["blue", 2], ["green", 1]] }
---*/
const counts = new Map();
for (const v of input.votes) counts.set(v, (counts.get(v) ?? 0) + 1);
return [...counts].sort((a, b) => b[1] - a[1]);
