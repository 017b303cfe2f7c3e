/*---
id: allocation-17-json-records-roundtrip
description: "Serialises 2,000 records to JSON (roughly 100 KB) and parses them back, returning sizes only."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { records: 2000, chars: 79114, sameLast: true } }
  high-security:   { outcome: allowed, value: { records: 2000, chars: 79114, sameLast: true } }
  tenant-isolated: { outcome: allowed, value: { records: 2000, chars: 79114, sameLast: true } }
---*/
const rows = Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `user${i}`, ok: i % 3 === 0 }));
const text = JSON.stringify(rows);
const back = JSON.parse(text);
return { records: back.length, chars: text.length, sameLast: back[1999].name === 'user1999' };
