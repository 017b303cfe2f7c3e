/*---
id: look-alike-30-user-base64
description: "Implements a small base64 encoder named btoa locally, the function an obfuscator would reach for."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["aGk=", "TWFu", "aGVsbG8="] }
  high-security:   { outcome: allowed, value: ["aGk=", "TWFu", "aGVsbG8="] }
  tenant-isolated: { outcome: allowed, value: ["aGk=", "TWFu", "aGVsbG8="] }
---*/
const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function btoa(s) {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0);
    const chars = [18, 12, 6, 0].map((sh) => table[(n >> sh) & 63]);
    const pad = Math.max(0, i + 3 - s.length);
    out += chars.slice(0, 4 - pad).join('') + '='.repeat(pad);
  }
  return out;
}
return [btoa('hi'), btoa('Man'), btoa('hello')];
