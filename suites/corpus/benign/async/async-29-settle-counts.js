/*---
id: async-29-settle-counts
description: "Summarises a batch of async jobs into counts of fulfilled and rejected results."
kind: benign
category: async
flags: [async]
input: { jobs: [1, -1, 2, -2, 3] }
expect:
  ultra-secure:    { outcome: allowed, value: { fulfilled: 3, rejected: 2, total: 6 } }
  high-security:   { outcome: allowed, value: { fulfilled: 3, rejected: 2, total: 6 } }
  tenant-isolated: { outcome: allowed, value: { fulfilled: 3, rejected: 2, total: 6 } }
---*/
const job = async (x) => { if (x < 0) throw new RangeError(`negative ${x}`); return x; };
const rs = await Promise.allSettled(input.jobs.map(job));
const ok = rs.filter((r) => r.status === 'fulfilled');
return { fulfilled: ok.length, rejected: rs.length - ok.length, total: ok.reduce((s, r) => s + r.value, 0) };
