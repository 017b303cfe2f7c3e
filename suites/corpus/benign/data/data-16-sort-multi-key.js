/*---
id: data-16-sort-multi-key
description: "Sorts records by several keys (descending score, then ascending name) with a stable comparator."
kind: benign
category: data
input: { rows: [{ name: "eve", score: 7 }, { name: "bob", score: 9 }, { name: "amy", score: 7 }, { name: "dan", score: 9 }] }
expect:
  ultra-secure:    { outcome: allowed, value: ["bob", "dan", "amy", "eve"] }
  high-security:   { outcome: allowed, value: ["bob", "dan", "amy", "eve"] }
  tenant-isolated: { outcome: allowed, value: ["bob", "dan", "amy", "eve"] }
---*/
return [...input.rows].sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((r) => r.name);
