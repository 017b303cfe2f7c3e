/*---
id: async-04-promise-any
description: "Takes the first fulfilled promise with Promise.any, and inspects the AggregateError when all reject."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { first: "b", errorName: "AggregateError", reasons: ["x", "y"] } }
  high-security:   { outcome: allowed, value: { first: "b", errorName: "AggregateError", reasons: ["x", "y"] } }
  tenant-isolated: { outcome: allowed, value: { first: "b", errorName: "AggregateError", reasons: ["x", "y"] } }
---*/
const first = await Promise.any([Promise.reject(new Error('a')), Promise.resolve('b'), Promise.resolve('c')]);
try {
  await Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]);
  return 'unreachable';
} catch (e) {
  return { first, errorName: e.name, reasons: e.errors.map((r) => r.message) };
}
