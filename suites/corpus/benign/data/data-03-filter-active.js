/*---
id: data-03-filter-active
description: "Filters input users to the active ones and projects a few fields."
kind: benign
category: data
input: { users: [{ id: 1, active: true, email: "a@x.io" }, { id: 2, active: false, email: "b@x.io" }, { id: 3, active: true, email: "c@x.io" }] }
expect:
  ultra-secure:    { outcome: allowed, value: [{ id: 1, email: "a@x.io" }, { id: 3, email: "c@x.io" }] }
  high-security:   { outcome: allowed, value: [{ id: 1, email: "a@x.io" }, { id: 3, email: "c@x.io" }] }
  tenant-isolated: { outcome: allowed, value: [{ id: 1, email: "a@x.io" }, { id: 3, email: "c@x.io" }] }
---*/
return input.users.filter((u) => u.active).map(({ id, email }) => ({ id, email }));
