/*---
id: data-01-sum-order-totals
description: "Sums line totals per order from the input, the typical formula a tenant would run."
kind: benign
category: data
input: { orders: [{ id: "A", lines: [{ qty: 2, price: 5 }, { qty: 1, price: 3 }] }, { id: "B", lines: [{ qty: 4, price: 2.5 }] }] }
expect:
  ultra-secure:    { outcome: allowed, value: [{ id: "A", total: 13 }, { id: "B", total: 10 }] }
  high-security:   { outcome: allowed, value: [{ id: "A", total: 13 }, { id: "B", total: 10 }] }
  tenant-isolated: { outcome: allowed, value: [{ id: "A", total: 13 }, { id: "B", total: 10 }] }
---*/
return input.orders.map((o) => ({ id: o.id, total: o.lines.reduce((s, l) => s + l.qty * l.price, 0) }));
