/*---
id: allocation-08-map-10k
description: "Fills a Map with 10,000 integer keys and reads them back, well under every budget."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { size: 10000, hit: 24, missing: null, sumKeys: 49995000 } }
  high-security:   { outcome: allowed, value: { size: 10000, hit: 24, missing: null, sumKeys: 49995000 } }
  tenant-isolated: { outcome: allowed, value: { size: 10000, hit: 24, missing: null, sumKeys: 49995000 } }
---*/
const m = new Map();
for (let i = 0; i < 10000; i++) m.set(i, (i * 7) % 100);
let sumKeys = 0;
for (const k of m.keys()) sumKeys += k;
return { size: m.size, hit: m.get(1232), missing: m.get(10000) ?? null, sumKeys };
