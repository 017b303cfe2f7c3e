/*---
id: data-24-diff-objects
description: "Diffs two versions of a settings object into added, removed and changed keys."
kind: benign
category: data
input: { before: { a: 1, b: 2, c: 3 }, after: { a: 1, b: 20, d: 4 } }
expect:
  ultra-secure:    { outcome: allowed, value: { added: ["d"], removed: ["c"], changed: { b: [2, 20] } } }
  high-security:   { outcome: allowed, value: { added: ["d"], removed: ["c"], changed: { b: [2, 20] } } }
  tenant-isolated: { outcome: allowed, value: { added: ["d"], removed: ["c"], changed: { b: [2, 20] } } }
---*/
const { before, after } = input;
const changed = {};
for (const k of Object.keys(before)) if (k in after && before[k] !== after[k]) changed[k] = [before[k], after[k]];
return {
  added: Object.keys(after).filter((k) => !(k in before)),
  removed: Object.keys(before).filter((k) => !(k in after)),
  changed,
};
