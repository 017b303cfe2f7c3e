/*---
id: collections-22-trie
description: "Builds a prefix trie from words with nested Maps and lists completions for a prefix."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { car: ["car", "card", "care"], do: ["dog"], x: [] } }
  high-security:   { outcome: allowed, value: { car: ["car", "card", "care"], do: ["dog"], x: [] } }
  tenant-isolated: { outcome: allowed, value: { car: ["car", "card", "care"], do: ["dog"], x: [] } }
---*/
const root = new Map();
for (const w of ['card', 'care', 'car', 'dog', 'cat']) {
  let node = root;
  for (const ch of w) { if (!node.has(ch)) node.set(ch, new Map()); node = node.get(ch); }
  node.set('$', true);
}
const complete = (prefix) => {
  let node = root;
  for (const ch of prefix) { node = node.get(ch); if (!node) return []; }
  const out = [];
  const walk = (n, acc) => { for (const [ch, next] of n) ch === '$' ? out.push(acc) : walk(next, acc + ch); };
  walk(node, prefix);
  return out.sort();
};
return { car: complete('car'), do: complete('do'), x: complete('x') };
