/*---
id: errors-19-promise-reject-reasons
description: "Rejects promises with different reason types and inspects them in allSettled results."
kind: benign
category: errors
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["Error:e", "string:s", "number:1"] }
  high-security:   { outcome: allowed, value: ["Error:e", "string:s", "number:1"] }
  tenant-isolated: { outcome: allowed, value: ["Error:e", "string:s", "number:1"] }
---*/
const rs = await Promise.allSettled([Promise.reject(new Error('e')), Promise.reject('s'), Promise.reject(1)]);
return rs.map((r) => (r.reason instanceof Error ? `Error:${r.reason.message}` : `${typeof r.reason}:${r.reason}`));
