/*---
id: syntax-01-optional-chaining
description: "Reads nested fields with optional chaining, so a missing link yields undefined instead of a TypeError."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["Oslo", null, null, 2] }
  high-security:   { outcome: allowed, value: ["Oslo", null, null, 2] }
  tenant-isolated: { outcome: allowed, value: ["Oslo", null, null, 2] }
---*/
const users = [{ name: 'ada', address: { city: 'Oslo' } }, { name: 'bob' }, null];
const cities = users.map((u) => u?.address?.city ?? null);
const lengths = users.filter((u) => u?.name?.length).length;
return [cities[0], cities[1], cities[2], lengths];
