/*---
id: errors-08-aggregate-error
description: "Builds an AggregateError by hand and reads its errors list."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: { name: "AggregateError", message: "2 checks failed", inner: ["a missing", "b missing"] } }
  high-security:   { outcome: allowed, value: { name: "AggregateError", message: "2 checks failed", inner: ["a missing", "b missing"] } }
  tenant-isolated: { outcome: allowed, value: { name: "AggregateError", message: "2 checks failed", inner: ["a missing", "b missing"] } }
---*/
const e = new AggregateError([new Error('a missing'), new Error('b missing')], '2 checks failed');
return { name: e.name, message: e.message, inner: e.errors.map((x) => x.message) };
