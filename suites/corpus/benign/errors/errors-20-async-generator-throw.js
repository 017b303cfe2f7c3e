/*---
id: errors-20-async-generator-throw
description: "Throws into an async generator with throw() and lets its catch handle the error."
kind: benign
category: errors
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: [{ value: 1, done: false }, { value: "handled: stop", done: false }, { value: null, done: true }] }
  high-security:   { outcome: allowed, value: [{ value: 1, done: false }, { value: "handled: stop", done: false }, { value: null, done: true }] }
  tenant-isolated: { outcome: allowed, value: [{ value: 1, done: false }, { value: "handled: stop", done: false }, { value: null, done: true }] }
---*/
async function* gen() {
  try {
    yield 1;
  } catch (e) {
    yield `handled: ${e.message}`;
  }
}
const g = gen();
const out = [await g.next(), await g.throw(new Error('stop')), await g.next()];
return out.map((r) => ({ value: r.value ?? null, done: r.done }));
