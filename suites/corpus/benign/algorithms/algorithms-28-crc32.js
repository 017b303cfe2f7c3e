/*---
id: algorithms-28-crc32
description: "Computes a CRC-32 checksum with a generated table, using unsigned shifts."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { hello: "3610a686", check: "cbf43926" } }
  high-security:   { outcome: allowed, value: { hello: "3610a686", check: "cbf43926" } }
  tenant-isolated: { outcome: allowed, value: { hello: "3610a686", check: "cbf43926" } }
---*/
const table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c >>> 0;
}
const crc32 = (s) => {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = table[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
};
return { hello: crc32('hello'), check: crc32('123456789') };
