/*---
id: data-07-pivot-table
description: "Pivots sales rows into a region-by-quarter table with zero filling."
kind: benign
category: data
input: { rows: [{ region: "north", q: "Q1", amount: 10 }, { region: "south", q: "Q2", amount: 7 }, { region: "north", q: "Q2", amount: 5 }, { region: "north", q: "Q1", amount: 1 }] }
expect:
  ultra-secure:    { outcome: allowed, value: { north: { Q1: 11, Q2: 5 }, south: { Q1: 0, Q2: 7 } } }
  high-security:   { outcome: allowed, value: { north: { Q1: 11, Q2: 5 }, south: { Q1: 0, Q2: 7 } } }
  tenant-isolated: { outcome: allowed, value: { north: { Q1: 11, Q2: 5 }, south: { Q1: 0, Q2: 7 } } }
---*/
const quarters = [...new Set(input.rows.map((r) => r.q))].sort();
const table = {};
for (const r of input.rows) {
  table[r.region] ??= Object.fromEntries(quarters.map((q) => [q, 0]));
  table[r.region][r.q] += r.amount;
}
return table;
