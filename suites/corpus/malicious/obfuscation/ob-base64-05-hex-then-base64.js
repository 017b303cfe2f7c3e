/*---
id: ob-base64-05-hex-then-base64
description: >-
  Layers hex over base64 to reach the AsyncGeneratorFunction constructor, the least-remembered code
  generation path, with no readable key or body anywhere in the text.
kind: malicious
category: obfuscation
technique: OB-base64
variant: combined
references:
  - "vm2 ATTACKS cat. 27 (\"base64-decoded blobs\")"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
flags: [async]
---*/
const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const fromB64 = (s) => {
  const bits = [...s.replace(/=+$/, '')].map((c) => A.indexOf(c).toString(2).padStart(6, '0')).join('');
  return (bits.match(/.{8}/g) ?? []).map((b) => String.fromCharCode(parseInt(b, 2))).join('');
};
const fromHex = (h) => h.match(/../g).map((x) => String.fromCharCode(parseInt(x, 16))).join('');
const key = fromB64(fromHex('593239756333527964574e306233493d'));
const AsyncGen = (async function* () {})[key];
const body = fromB64('eWllbGQgdHlwZW9mIHByb2Nlc3MgPT09ICd1bmRlZmluZWQnID8gJ2hlbGQnIDogJ0VTQ0FQRUQn');
const it = AsyncGen(body)();
return (await it.next()).value;
