/*---
id: ob-base64-01-eval-name
description: >-
  Decodes 'ZXZhbA==' with a hand-written base64 decoder (the sandbox has no atob) and calls the global of
  that name; the scanner sees only a dynamic key on the global object, the runtime must throw EvalError.
kind: malicious
category: obfuscation
technique: OB-base64
variant: plain
references:
  - "vm2 ATTACKS cat. 27 (\"base64-decoded blobs\")"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
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
return globalThis[b64('ZXZhbA==')]('1 + 1');
