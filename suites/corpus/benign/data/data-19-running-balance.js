/*---
id: data-19-running-balance
description: "Computes a running balance over input transactions and flags overdrafts."
kind: benign
category: data
input: { start: 100, tx: [-30, -50, 20, -60, 15] }
expect:
  ultra-secure:    { outcome: allowed, value: { balances: [70, 20, 40, -20, -5], overdrawnAt: [3, 4] } }
  high-security:   { outcome: allowed, value: { balances: [70, 20, 40, -20, -5], overdrawnAt: [3, 4] } }
  tenant-isolated: { outcome: allowed, value: { balances: [70, 20, 40, -20, -5], overdrawnAt: [3, 4] } }
---*/
let bal = input.start;
const balances = input.tx.map((t) => (bal += t));
return { balances, overdrawnAt: balances.flatMap((b, i) => (b < 0 ? [i] : [])) };
