/*---
id: collections-20-bitset-uint32
description: "Implements a bitset on a Uint32Array and counts set bits with a popcount."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { has: [true, false, true], count: 4 } }
  high-security:   { outcome: allowed, value: { has: [true, false, true], count: 4 } }
  tenant-isolated: { outcome: allowed, value: { has: [true, false, true], count: 4 } }
---*/
const bits = new Uint32Array(4);
const set = (i) => { bits[i >>> 5] |= 1 << (i & 31); };
const has = (i) => (bits[i >>> 5] & (1 << (i & 31))) !== 0;
const pop = (x) => { let c = 0; while (x) { x &= x - 1; c++; } return c; };
[1, 31, 32, 100].forEach(set);
return { has: [has(31), has(30), has(100)], count: [...bits].reduce((s, w) => s + pop(w), 0) };
