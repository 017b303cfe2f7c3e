/*---
id: text-29-ascii-table
description: "Renders rows into an ASCII box table with computed column widths."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["+------+-----+", "| name | qty |", "+------+-----+", "| nut  |   7 |", "| bolt |  12 |", "+------+-----+"] }
  high-security:   { outcome: allowed, value: ["+------+-----+", "| name | qty |", "+------+-----+", "| nut  |   7 |", "| bolt |  12 |", "+------+-----+"] }
  tenant-isolated: { outcome: allowed, value: ["+------+-----+", "| name | qty |", "+------+-----+", "| nut  |   7 |", "| bolt |  12 |", "+------+-----+"] }
---*/
const rows = [['nut', 7], ['bolt', 12]];
const head = ['name', 'qty'];
const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = `+${w.map((n) => '-'.repeat(n + 2)).join('+')}+`;
const fmt = (cells) => `| ${cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join(' | ')} |`;
return [line, fmt(head), line, ...rows.map(fmt), line];
