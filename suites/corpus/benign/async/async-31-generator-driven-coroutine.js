/*---
id: async-31-generator-driven-coroutine
description: "Drives a generator of promises by hand, the pre-async/await coroutine pattern."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: 6 }
  high-security:   { outcome: allowed, value: 6 }
  tenant-isolated: { outcome: allowed, value: 6 }
---*/
function* task() {
  const a = yield Promise.resolve(1);
  const b = yield Promise.resolve(2);
  return a + b + (yield 3);
}
const drive = async (gen) => {
  let step = gen.next();
  while (!step.done) step = gen.next(await step.value);
  return step.value;
};
return drive(task());
