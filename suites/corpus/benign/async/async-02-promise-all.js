/*---
id: async-02-promise-all
description: "Runs several async lookups concurrently with Promise.all and keeps result order."
kind: benign
category: async
input: { ids: [3, 1, 2] }
expect:
  ultra-secure:    { outcome: allowed, value: ["item-3", "item-1", "item-2"] }
  high-security:   { outcome: allowed, value: ["item-3", "item-1", "item-2"] }
  tenant-isolated: { outcome: allowed, value: ["item-3", "item-1", "item-2"] }
---*/
const lookup = async (id) => `item-${id}`;
return Promise.all(input.ids.map(lookup));
