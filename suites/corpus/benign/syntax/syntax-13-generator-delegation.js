/*---
id: syntax-13-generator-delegation
description: "Delegates with yield* to flatten a tree into a depth-first sequence of labels."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["root", "a", "a1", "a2", "b"] }
  high-security:   { outcome: allowed, value: ["root", "a", "a1", "a2", "b"] }
  tenant-isolated: { outcome: allowed, value: ["root", "a", "a1", "a2", "b"] }
---*/
const tree = { label: 'root', kids: [{ label: 'a', kids: [{ label: 'a1', kids: [] }, { label: 'a2', kids: [] }] }, { label: 'b', kids: [] }] };
function* walk(node) {
  yield node.label;
  for (const k of node.kids) yield* walk(k);
}
return [...walk(tree)];
