/*---
id: text-13-utf8-encode-manual
description: "Encodes a string to UTF-8 bytes by hand (no TextEncoder in the sandbox) and counts them."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: { bytes: [104, 195, 169, 226, 130, 172, 240, 159, 152, 128], count: 10 } }
  high-security:   { outcome: allowed, value: { bytes: [104, 195, 169, 226, 130, 172, 240, 159, 152, 128], count: 10 } }
  tenant-isolated: { outcome: allowed, value: { bytes: [104, 195, 169, 226, 130, 172, 240, 159, 152, 128], count: 10 } }
---*/
const utf8 = (s) => {
  const out = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
};
const bytes = utf8('hé€😀');
return { bytes, count: bytes.length };
