/*---
id: syntax-11-bigint-bitwise
description: "Uses BigInt shifts and masks for 64-bit arithmetic, checking wrap-around with BigInt.asUintN."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["ffffffffffffffff", "0", "8000000000000000", "1"] }
  high-security:   { outcome: allowed, value: ["ffffffffffffffff", "0", "8000000000000000", "1"] }
  tenant-isolated: { outcome: allowed, value: ["ffffffffffffffff", "0", "8000000000000000", "1"] }
---*/
const all = (1n << 64n) - 1n;
const wrapped = BigInt.asUintN(64, all + 1n);
const top = 1n << 63n;
return [all.toString(16), wrapped.toString(), top.toString(16), (top >> 63n).toString()];
