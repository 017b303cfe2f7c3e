/*---
id: text-11-caesar-cipher
description: "Encodes and decodes a Caesar cipher with character codes, preserving case and punctuation."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["Khoor, Zruog!", "Hello, World!"] }
  high-security:   { outcome: allowed, value: ["Khoor, Zruog!", "Hello, World!"] }
  tenant-isolated: { outcome: allowed, value: ["Khoor, Zruog!", "Hello, World!"] }
---*/
const shift = (s, k) => s.replace(/[a-z]/gi, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + k + 26) % 26) + base);
});
const enc = shift('Hello, World!', 3);
return [enc, shift(enc, -3)];
