/*---
id: data-26-normalize-names
description: "Normalises messy input names (trim, collapse spaces, title case) and sorts them."
kind: benign
category: data
input: { names: ["  mary   ann ", "JOHN", "li  wei"] }
expect:
  ultra-secure:    { outcome: allowed, value: ["John", "Li Wei", "Mary Ann"] }
  high-security:   { outcome: allowed, value: ["John", "Li Wei", "Mary Ann"] }
  tenant-isolated: { outcome: allowed, value: ["John", "Li Wei", "Mary Ann"] }
---*/
const title = (w) => w[0].toUpperCase() + w.slice(1).toLowerCase();
return input.names.map((n) => n.trim().split(/\s+/).map(title).join(' ')).sort();
