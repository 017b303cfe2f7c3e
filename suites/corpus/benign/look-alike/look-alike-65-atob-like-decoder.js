/*---
id: look-alike-65-atob-like-decoder
description: "Decodes base64 with a hand-written function named atob, returning harmless text."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["hi", "Man", "hello"] }
  high-security:   { outcome: allowed, value: ["hi", "Man", "hello"] }
  tenant-isolated: { outcome: allowed, value: ["hi", "Man", "hello"] }
---*/
const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function atob(b64) {
  const clean = b64.replace(/=+$/, '');
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const ch of clean) {
    acc = (acc << 6) | table.indexOf(ch);
    bits += 6;
    if (bits >= 8) { bits -= 8; out += String.fromCharCode((acc >> bits) & 255); }
  }
  return out;
}
return [atob('aGk='), atob('TWFu'), atob('aGVsbG8=')];
