/*---
id: data-23-tree-from-parent-ids
description: "Builds a tree from flat rows with parent ids, then counts descendants of each root."
kind: benign
category: data
input: { rows: [{ id: 1, parent: null }, { id: 2, parent: 1 }, { id: 3, parent: 1 }, { id: 4, parent: 2 }, { id: 5, parent: null }] }
expect:
  ultra-secure:    { outcome: allowed, value: { roots: [1, 5], descendants: { "1": 3, "5": 0 } } }
  high-security:   { outcome: allowed, value: { roots: [1, 5], descendants: { "1": 3, "5": 0 } } }
  tenant-isolated: { outcome: allowed, value: { roots: [1, 5], descendants: { "1": 3, "5": 0 } } }
---*/
const kids = new Map();
for (const r of input.rows) {
  if (!kids.has(r.parent)) kids.set(r.parent, []);
  kids.get(r.parent).push(r.id);
}
const count = (id) => (kids.get(id) ?? []).reduce((s, k) => s + 1 + count(k), 0);
const roots = kids.get(null);
return { roots, descendants: Object.fromEntries(roots.map((r) => [r, count(r)])) };
