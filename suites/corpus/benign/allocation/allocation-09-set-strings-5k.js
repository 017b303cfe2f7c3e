/*---
id: allocation-09-set-strings-5k
description: "Stores 5,000 generated string keys in a Set and checks membership."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { size: 5000, has: [true, false], dups: 0 } }
  high-security:   { outcome: allowed, value: { size: 5000, has: [true, false], dups: 0 } }
  tenant-isolated: { outcome: allowed, value: { size: 5000, has: [true, false], dups: 0 } }
---*/
const s = new Set();
let dups = 0;
for (let i = 0; i < 5000; i++) {
  const k = `key-${i.toString(36)}`;
  if (s.has(k)) dups++;
  s.add(k);
}
return { size: s.size, has: [s.has('key-0'), s.has('key-zzz')], dups };
