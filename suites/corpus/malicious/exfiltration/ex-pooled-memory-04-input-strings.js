/*---
id: ex-pooled-memory-04-input-strings
description: "Views the input's strings and arrays through every conversion the sandbox offers (escape, encodeURIComponent, typed arrays from arrays) and checks no conversion yields more bytes than the input holds."
kind: malicious
category: exfiltration
technique: EX-pooled-memory
variant: combined
references:
  - "GHSA-489w-w794-jq94"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { s: "abc", n: [1, 2, 3] }
---*/
const fromArray = Uint8Array.from(input.n);
if (fromArray.buffer.byteLength !== 3) return 'ESCAPED: oversized backing store';
const enc = encodeURIComponent(input.s) + escape(input.s);
if (enc !== 'abcabc') return 'unexpected encoding';
const codes = Uint16Array.from(input.s, (c) => c.charCodeAt(0));
return codes.buffer.byteLength === 6 && codes.join() === '97,98,99' ? 'held' : 'ESCAPED: extra bytes';
