/*---
id: allocation-19-string-builder-join
description: "Builds a 10,000-line report by joining an array of parts (well under 1 MB live) and returns only its size."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { lines: 10000, length: 88889, head: "row 0\nrow 1" } }
  high-security:   { outcome: allowed, value: { lines: 10000, length: 88889, head: "row 0\nrow 1" } }
  tenant-isolated: { outcome: allowed, value: { lines: 10000, length: 88889, head: "row 0\nrow 1" } }
---*/
const parts = [];
for (let i = 0; i < 10000; i++) parts.push(`row ${i}`);
const text = parts.join('\n');
let lines = 1;
for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
return { lines, length: text.length, head: text.slice(0, 11) };
