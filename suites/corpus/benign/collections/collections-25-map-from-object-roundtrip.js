/*---
id: collections-25-map-from-object-roundtrip
description: "Converts between objects and Maps with Object.entries and Object.fromEntries."
kind: benign
category: collections
input: { prices: { tea: 2, coffee: 3 } }
expect:
  ultra-secure:    { outcome: allowed, value: { tea: 2.2, coffee: 3.3, juice: 4 } }
  high-security:   { outcome: allowed, value: { tea: 2.2, coffee: 3.3, juice: 4 } }
  tenant-isolated: { outcome: allowed, value: { tea: 2.2, coffee: 3.3, juice: 4 } }
---*/
const m = new Map(Object.entries(input.prices));
for (const [k, v] of m) m.set(k, Math.round(v * 1.1 * 10) / 10);
m.set('juice', 4);
return Object.fromEntries(m);
