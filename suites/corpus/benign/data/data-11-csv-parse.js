/*---
id: data-11-csv-parse
description: "Parses a small CSV text from the input into typed records."
kind: benign
category: data
input: { csv: "name,age,city\nana,31,Lima\nben,27,Rome\n" }
expect:
  ultra-secure:    { outcome: allowed, value: [{ name: "ana", age: 31, city: "Lima" }, { name: "ben", age: 27, city: "Rome" }] }
  high-security:   { outcome: allowed, value: [{ name: "ana", age: 31, city: "Lima" }, { name: "ben", age: 27, city: "Rome" }] }
  tenant-isolated: { outcome: allowed, value: [{ name: "ana", age: 31, city: "Lima" }, { name: "ben", age: 27, city: "Rome" }] }
---*/
const [header, ...rows] = input.csv.trim().split('\n').map((l) => l.split(','));
return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, h === 'age' ? Number(r[i]) : r[i]])));
