/*---
id: async-23-async-pipeline
description: "Composes async generator stages (source, map, filter, take) into a lazy pipeline."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: [4, 16, 36] }
  high-security:   { outcome: allowed, value: [4, 16, 36] }
  tenant-isolated: { outcome: allowed, value: [4, 16, 36] }
---*/
async function* source() { for (let i = 1; ; i++) yield i; }
async function* map(it, f) { for await (const x of it) yield f(x); }
async function* filter(it, p) { for await (const x of it) if (p(x)) yield x; }
async function* take(it, n) { if (n <= 0) return; for await (const x of it) { yield x; if (--n <= 0) return; } }
const out = [];
for await (const x of take(filter(map(source(), (x) => x * x), (x) => x % 2 === 0), 3)) out.push(x);
return out;
