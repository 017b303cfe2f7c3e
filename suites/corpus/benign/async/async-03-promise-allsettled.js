/*---
id: async-03-promise-allsettled
description: "Collects successes and failures with Promise.allSettled, never rejecting as a whole."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: [{ status: "fulfilled", value: 1 }, { status: "rejected", reason: "bad" }, { status: "fulfilled", value: 3 }] }
  high-security:   { outcome: allowed, value: [{ status: "fulfilled", value: 1 }, { status: "rejected", reason: "bad" }, { status: "fulfilled", value: 3 }] }
  tenant-isolated: { outcome: allowed, value: [{ status: "fulfilled", value: 1 }, { status: "rejected", reason: "bad" }, { status: "fulfilled", value: 3 }] }
---*/
const results = await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('bad')), 3]);
return results.map((r) => (r.status === 'fulfilled' ? r : { status: r.status, reason: r.reason.message }));
