/*---
id: allocation-02-float64-1mb
description: "Fills a 1 MB Float64Array with a ramp and returns a sampled sum, never the array itself."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { length: 131072, sampled: 8323072, last: 131071 } }
  high-security:   { outcome: allowed, value: { length: 131072, sampled: 8323072, last: 131071 } }
  tenant-isolated: { outcome: allowed, value: { length: 131072, sampled: 8323072, last: 131071 } }
---*/
const f = new Float64Array(131072);
for (let i = 0; i < f.length; i++) f[i] = i;
let sampled = 0;
for (let i = 0; i < f.length; i += 1024) sampled += f[i];
return { length: f.length, sampled, last: f[f.length - 1] };
