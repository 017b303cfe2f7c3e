/*---
id: syntax-31-async-arrow-iife
description: "Awaits an async arrow IIFE and a nested async method, the basic async syntax forms."
kind: benign
category: syntax
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: [6, "ok"] }
  high-security:   { outcome: allowed, value: [6, "ok"] }
  tenant-isolated: { outcome: allowed, value: [6, "ok"] }
---*/
const double = async (x) => x * 2;
const svc = { async status() { return 'ok'; } };
const r = await (async () => (await double(1)) + (await double(2)))();
return [r, await svc.status()];
