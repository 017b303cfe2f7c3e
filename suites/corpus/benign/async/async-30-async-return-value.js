/*---
id: async-30-async-return-value
description: "Returns a promise from the snippet itself; the runtime awaits it for the final value."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { ok: true, nested: [1, 2] } }
  high-security:   { outcome: allowed, value: { ok: true, nested: [1, 2] } }
  tenant-isolated: { outcome: allowed, value: { ok: true, nested: [1, 2] } }
---*/
return Promise.resolve({ ok: true, nested: [1, Promise.resolve(2)] }).then(async (r) => ({ ok: r.ok, nested: await Promise.all(r.nested) }));
