/*---
id: allocation-19-string-builder-join
description: "Builds a 50,000-line report by joining an array of parts and returns only its size."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { lines: 50000, length: 488889, head: "row 0\nrow 1" } }
  high-security:   { outcome: allowed, value: { lines: 50000, length: 488889, head: "row 0\nrow 1" } }
  tenant-isolated: { outcome: allowed, value: { lines: 50000, length: 488889, head: "row 0\nrow 1" } }
---*/
const parts = [];
for (let i = 0; i < 50000; i++) parts.push(`row ${i}`);
const text = parts.join('\n');
return { lines: text.split('\n').length, length: text.length, head: text.slice(0, 11) };
