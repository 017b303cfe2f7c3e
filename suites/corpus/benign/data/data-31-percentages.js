/*---
id: data-31-percentages
description: "Turns input counts into rounded percentages that still add up to 100 (largest remainder method)."
kind: benign
category: data
input: { counts: { a: 1, b: 1, c: 1 } }
expect:
  ultra-secure:    { outcome: allowed, value: { a: 34, b: 33, c: 33 } }
  high-security:   { outcome: allowed, value: { a: 34, b: 33, c: 33 } }
  tenant-isolated: { outcome: allowed, value: { a: 34, b: 33, c: 33 } }
---*/
const entries = Object.entries(input.counts);
const total = entries.reduce((s, [, n]) => s + n, 0);
const raw = entries.map(([k, n]) => [k, (n * 100) / total]);
const out = Object.fromEntries(raw.map(([k, p]) => [k, Math.floor(p)]));
let left = 100 - Object.values(out).reduce((s, p) => s + p, 0);
for (const [k] of [...raw].sort((x, y) => (y[1] % 1) - (x[1] % 1))) if (left-- > 0) out[k] += 1;
return out;
