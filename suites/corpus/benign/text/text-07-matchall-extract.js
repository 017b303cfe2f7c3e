/*---
id: text-07-matchall-extract
description: "Extracts every hashtag and mention from text with matchAll and the g flag."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: { tags: ["js", "sandbox"], mentions: ["ann", "bo_2"] } }
  high-security:   { outcome: allowed, value: { tags: ["js", "sandbox"], mentions: ["ann", "bo_2"] } }
  tenant-isolated: { outcome: allowed, value: { tags: ["js", "sandbox"], mentions: ["ann", "bo_2"] } }
---*/
const text = 'Shipping #js tools with @ann and @bo_2 for the #sandbox!';
return {
  tags: [...text.matchAll(/#(\w+)/g)].map((m) => m[1]),
  mentions: [...text.matchAll(/@(\w+)/g)].map((m) => m[1]),
};
