/*---
id: async-17-promise-all-empty
description: "Checks the edge cases of combinators over empty inputs."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { all: [], settled: [], anyError: "AggregateError" } }
  high-security:   { outcome: allowed, value: { all: [], settled: [], anyError: "AggregateError" } }
  tenant-isolated: { outcome: allowed, value: { all: [], settled: [], anyError: "AggregateError" } }
---*/
const all = await Promise.all([]);
const settled = await Promise.allSettled([]);
let anyError = null;
try { await Promise.any([]); } catch (e) { anyError = e.name; }
return { all, settled, anyError };
