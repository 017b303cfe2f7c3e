/*---
id: data-15-dedupe-by-key
description: "Removes duplicate records by email, keeping the first occurrence and its order."
kind: benign
category: data
input: { list: [{ email: "a@x", "n": 1 }, { email: "b@x", "n": 2 }, { email: "a@x", "n": 3 }, { email: "c@x", "n": 4 }, { email: "b@x", "n": 5 }] }
expect:
  ultra-secure:    { outcome: allowed, value: [1, 2, 4] }
  high-security:   { outcome: allowed, value: [1, 2, 4] }
  tenant-isolated: { outcome: allowed, value: [1, 2, 4] }
---*/
const seen = new Set();
return input.list.filter((r) => !seen.has(r.email) && seen.add(r.email)).map((r) => r.n);
