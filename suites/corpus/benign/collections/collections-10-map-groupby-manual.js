/*---
id: collections-10-map-groupby-manual
description: "Groups values into a Map of arrays and converts it to a plain object for JSON output."
kind: benign
category: collections
input: { words: ["apple", "avocado", "banana", "blueberry", "cherry"] }
expect:
  ultra-secure:    { outcome: allowed, value: { a: ["apple", "avocado"], b: ["banana", "blueberry"], c: ["cherry"] } }
  high-security:   { outcome: allowed, value: { a: ["apple", "avocado"], b: ["banana", "blueberry"], c: ["cherry"] } }
  tenant-isolated: { outcome: allowed, value: { a: ["apple", "avocado"], b: ["banana", "blueberry"], c: ["cherry"] } }
---*/
const m = new Map();
for (const w of input.words) {
  const k = w[0];
  if (!m.has(k)) m.set(k, []);
  m.get(k).push(w);
}
return Object.fromEntries(m);
