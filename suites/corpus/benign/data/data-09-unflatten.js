/*---
id: data-09-unflatten
description: "Rebuilds a nested object from dotted keys given as input."
kind: benign
category: data
input: { "a.b.c": 1, "a.b.d": 2, "a.e": 3, f: 4 }
expect:
  ultra-secure:    { outcome: allowed, value: { a: { b: { c: 1, d: 2 }, e: 3 }, f: 4 } }
  high-security:   { outcome: allowed, value: { a: { b: { c: 1, d: 2 }, e: 3 }, f: 4 } }
  tenant-isolated: { outcome: allowed, value: { a: { b: { c: 1, d: 2 }, e: 3 }, f: 4 } }
---*/
const out = {};
for (const [path, value] of Object.entries(input)) {
  const parts = path.split('.');
  let node = out;
  for (const p of parts.slice(0, -1)) node = node[p] ??= {};
  node[parts.at(-1)] = value;
}
return out;
