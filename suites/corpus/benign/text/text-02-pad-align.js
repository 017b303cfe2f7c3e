/*---
id: text-02-pad-align
description: "Formats a fixed-width table with padStart and padEnd."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["apple     |    1.50", "kiwi      |   12.00", "watermelon|  100.25"] }
  high-security:   { outcome: allowed, value: ["apple     |    1.50", "kiwi      |   12.00", "watermelon|  100.25"] }
  tenant-isolated: { outcome: allowed, value: ["apple     |    1.50", "kiwi      |   12.00", "watermelon|  100.25"] }
---*/
const rows = [['apple', 1.5], ['kiwi', 12], ['watermelon', 100.25]];
return rows.map(([name, price]) => `${name.padEnd(10)}|${price.toFixed(2).padStart(8)}`);
