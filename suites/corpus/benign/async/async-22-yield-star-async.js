/*---
id: async-22-yield-star-async
description: "Delegates from one async generator to another with yield*."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["head", "x1", "x2", "tail"] }
  high-security:   { outcome: allowed, value: ["head", "x1", "x2", "tail"] }
  tenant-isolated: { outcome: allowed, value: ["head", "x1", "x2", "tail"] }
---*/
async function* inner() { yield 'x1'; yield 'x2'; }
async function* outer() {
  yield 'head';
  yield* inner();
  yield 'tail';
}
const out = [];
for await (const v of outer()) out.push(v);
return out;
