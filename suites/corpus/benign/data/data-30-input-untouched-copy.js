/*---
id: data-30-input-untouched-copy
description: "Mutates its copy of the input and returns it, showing the input is plain JSON data the snippet may own."
kind: benign
category: data
input: { list: [3, 1, 2], meta: { v: 1 } }
expect:
  ultra-secure:    { outcome: allowed, value: { list: [1, 2, 3, 4], meta: { v: 2 }, isArray: true } }
  high-security:   { outcome: allowed, value: { list: [1, 2, 3, 4], meta: { v: 2 }, isArray: true } }
  tenant-isolated: { outcome: allowed, value: { list: [1, 2, 3, 4], meta: { v: 2 }, isArray: true } }
---*/
input.list.sort();
input.list.push(4);
input.meta.v += 1;
return { ...input, isArray: Array.isArray(input.list) };
