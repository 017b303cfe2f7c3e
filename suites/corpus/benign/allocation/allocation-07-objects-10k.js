/*---
id: allocation-07-objects-10k
description: "Allocates 10,000 small records, a typical in-memory dataset, and aggregates them."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { count: 10000, even: 5000, total: 49995000 } }
  high-security:   { outcome: allowed, value: { count: 10000, even: 5000, total: 49995000 } }
  tenant-isolated: { outcome: allowed, value: { count: 10000, even: 5000, total: 49995000 } }
---*/
const rows = [];
for (let i = 0; i < 10000; i++) rows.push({ id: i, v: i * 999, even: i % 2 === 0 });
return { count: rows.length, even: rows.filter((r) => r.even).length, total: rows.reduce((s, r) => s + r.v, 0) / 999 };
