/*---
id: allocation-06-string-1mb
description: "Builds a 1 MB string with repeat and returns its length and a few sampled characters."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { length: 1048576, sample: "abcdabcd", last: "d", count: 256 } }
  high-security:   { outcome: allowed, value: { length: 1048576, sample: "abcdabcd", last: "d", count: 256 } }
  tenant-isolated: { outcome: allowed, value: { length: 1048576, sample: "abcdabcd", last: "d", count: 256 } }
---*/
const s = 'abcd'.repeat(262144);
let count = 0;
for (let i = 3; i < s.length; i += 4096) if (s[i] === 'd') count++;
return { length: s.length, sample: s.slice(4096, 4104), last: s.at(-1), count };
