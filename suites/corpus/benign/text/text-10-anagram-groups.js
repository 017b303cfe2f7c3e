/*---
id: text-10-anagram-groups
description: "Groups words into anagram classes by their sorted letters."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]] }
  high-security:   { outcome: allowed, value: [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]] }
  tenant-isolated: { outcome: allowed, value: [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]] }
---*/
const groups = new Map();
for (const w of ['eat', 'tea', 'tan', 'ate', 'nat', 'bat']) {
  const key = [...w].sort().join('');
  groups.set(key, [...(groups.get(key) ?? []), w]);
}
return [...groups.values()];
