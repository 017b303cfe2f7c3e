/*---
id: allocation-20-ring-buffer
description: "Keeps a rolling window in a 256 KB Float32Array ring buffer, overwriting old samples in place."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { capacity: 65536, written: 100000, oldest: 34464, newest: 99999 } }
  high-security:   { outcome: allowed, value: { capacity: 65536, written: 100000, oldest: 34464, newest: 99999 } }
  tenant-isolated: { outcome: allowed, value: { capacity: 65536, written: 100000, oldest: 34464, newest: 99999 } }
---*/
const cap = 65536;
const ring = new Float32Array(cap);
let head = 0;
let written = 0;
for (let i = 0; i < 100000; i++) {
  ring[head] = i;
  head = (head + 1) % cap;
  written++;
}
return { capacity: cap, written, oldest: ring[head], newest: ring[(head + cap - 1) % cap] };
