/*---
id: async-27-mutex-chain
description: "Serialises critical sections with a promise-chain mutex, so increments never interleave."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { counter: 5, order: [0, 1, 2, 3, 4] } }
  high-security:   { outcome: allowed, value: { counter: 5, order: [0, 1, 2, 3, 4] } }
  tenant-isolated: { outcome: allowed, value: { counter: 5, order: [0, 1, 2, 3, 4] } }
---*/
let tail = Promise.resolve();
const lock = (fn) => (tail = tail.then(fn));
let counter = 0;
const order = [];
await Promise.all([0, 1, 2, 3, 4].map((i) => lock(async () => {
  const seen = counter;
  await null;
  counter = seen + 1;
  order.push(i);
})));
return { counter, order };
