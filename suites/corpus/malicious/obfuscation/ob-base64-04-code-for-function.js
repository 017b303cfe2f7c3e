/*---
id: ob-base64-04-code-for-function
description: >-
  Keeps the Function call in plain sight but ships its body base64-encoded, the shape of packed droppers
  that decode then compile.
kind: malicious
category: obfuscation
technique: OB-base64
variant: plain
references:
  - "vm2 ATTACKS cat. 27 (\"base64-decoded blobs\")"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode = (s) => {
  const bits = [...s.replace(/=+$/, '')].map((c) => A.indexOf(c).toString(2).padStart(6, '0')).join('');
  return (bits.match(/.{8}/g) ?? []).map((b) => String.fromCharCode(parseInt(b, 2))).join('');
};
const body = decode('cmV0dXJuIHR5cGVvZiBwcm9jZXNzID09PSAndW5kZWZpbmVkJyA/ICdoZWxkJyA6ICdFU0NBUEVEJw==');
return Function(body)();
