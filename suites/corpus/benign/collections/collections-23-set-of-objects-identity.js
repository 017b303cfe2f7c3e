/*---
id: collections-23-set-of-objects-identity
description: "Shows Sets and Maps compare objects by identity, and dedupes by a derived key instead."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { identity: 2, byKey: 1 } }
  high-security:   { outcome: allowed, value: { identity: 2, byKey: 1 } }
  tenant-isolated: { outcome: allowed, value: { identity: 2, byKey: 1 } }
---*/
const a = { id: 1 };
const b = { id: 1 };
const byKey = new Map([a, b].map((o) => [o.id, o]));
return { identity: new Set([a, b, a]).size, byKey: byKey.size };
