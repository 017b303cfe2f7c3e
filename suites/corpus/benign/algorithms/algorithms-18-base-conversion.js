/*---
id: algorithms-18-base-conversion
description: "Converts integers between bases by hand and with toString/parseInt."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: ["11111111", "ff", "377", 255, "zz", 1295] }
  high-security:   { outcome: allowed, value: ["11111111", "ff", "377", 255, "zz", 1295] }
  tenant-isolated: { outcome: allowed, value: ["11111111", "ff", "377", 255, "zz", 1295] }
---*/
const toBase = (n, b) => {
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
  let s = '';
  do { s = digits[n % b] + s; n = Math.floor(n / b); } while (n > 0);
  return s;
};
return [toBase(255, 2), toBase(255, 16), (255).toString(8), parseInt('11111111', 2), toBase(1295, 36), parseInt('zz', 36)];
