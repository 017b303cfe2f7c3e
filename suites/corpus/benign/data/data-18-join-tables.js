/*---
id: data-18-join-tables
description: "Performs a left join between two input tables on a foreign key."
kind: benign
category: data
input: { orders: [{ id: 1, cust: "c1" }, { id: 2, cust: "c9" }, { id: 3, cust: "c2" }], customers: [{ id: "c1", name: "Ann" }, { id: "c2", name: "Bo" }] }
expect:
  ultra-secure:    { outcome: allowed, value: [{ order: 1, customer: "Ann" }, { order: 2, customer: null }, { order: 3, customer: "Bo" }] }
  high-security:   { outcome: allowed, value: [{ order: 1, customer: "Ann" }, { order: 2, customer: null }, { order: 3, customer: "Bo" }] }
  tenant-isolated: { outcome: allowed, value: [{ order: 1, customer: "Ann" }, { order: 2, customer: null }, { order: 3, customer: "Bo" }] }
---*/
const cust = new Map(input.customers.map((c) => [c.id, c.name]));
return input.orders.map((o) => ({ order: o.id, customer: cust.get(o.cust) ?? null }));
