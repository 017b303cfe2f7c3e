/*---
id: async-16-async-generator-return
description: "Stops an async generator early with break, which runs its finally block."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { got: [0, 1, 2], cleaned: true } }
  high-security:   { outcome: allowed, value: { got: [0, 1, 2], cleaned: true } }
  tenant-isolated: { outcome: allowed, value: { got: [0, 1, 2], cleaned: true } }
---*/
let cleaned = false;
async function* counter() {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    cleaned = true;
  }
}
const got = [];
for await (const n of counter()) {
  if (n === 3) break;
  got.push(n);
}
return { got, cleaned };
