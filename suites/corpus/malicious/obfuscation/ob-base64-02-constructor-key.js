/*---
id: ob-base64-02-constructor-key
description: >-
  Decodes both the 'constructor' key and the generated code from base64 at run time, so the text holds no
  name and no code a scanner could match: only the runtime can refuse.
kind: malicious
category: obfuscation
technique: OB-base64
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27 (\"base64-decoded blobs\")"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s) => {
  let acc = 0;
  let bits = 0;
  let out = '';
  for (const ch of s.replace(/=+$/, '')) {
    acc = (acc << 6) | A.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 255);
    }
  }
  return out;
};
const key = b64('Y29uc3RydWN0b3I=');
const code = b64('cmV0dXJuIHR5cGVvZiBwcm9jZXNzID09PSAndW5kZWZpbmVkJyA/ICdoZWxkJyA6ICdFU0NBUEVEJw==');
return (() => 0)[key](code)();
