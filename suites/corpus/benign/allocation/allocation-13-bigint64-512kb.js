/*---
id: allocation-13-bigint64-512kb
description: "Stores 64-bit values in a 512 KB BigInt64Array and returns them as strings."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { length: 65536, max: "9223372036854775807", wrap: "-9223372036854775808", sum: "131070" } }
  high-security:   { outcome: allowed, value: { length: 65536, max: "9223372036854775807", wrap: "-9223372036854775808", sum: "131070" } }
  tenant-isolated: { outcome: allowed, value: { length: 65536, max: "9223372036854775807", wrap: "-9223372036854775808", sum: "131070" } }
---*/
const b = new BigInt64Array(65536);
b[0] = 2n ** 63n - 1n;
b[1] = 2n ** 63n;
let sum = 0n;
for (let i = 2; i < b.length; i += 1) b[i] = 2n;
for (let i = 2; i < b.length; i += 1) sum += b[i];
return { length: b.length, max: b[0].toString(), wrap: b[1].toString(), sum: (sum + 2n).toString() };
