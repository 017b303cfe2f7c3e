/*---
id: ac-wasm-code-01-tail-call-chain
description: "A 1.6 MB module of 200,000 tail-calling functions, all compiled by
  one call: charged four times its size it held over 100 MiB of code and
  metadata."
kind: malicious
category: accounting
technique: AC-wasm-code
variant: plain
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - runtime
---*/
// 200,000 functions, each a tail call of the next, in about 1.6 MB: calling the first compiles them all.
const n = 200000;
const out = new Uint8Array(n * 12 + 64);
let at = 0;
const size = (v) => { let k = 0; do { v >>>= 7; k++; } while (v); return k; };
const leb = (v) => { do { let b = v & 127; v >>>= 7; if (v) b |= 128; out[at++] = b; } while (v); };
const put = (bytes) => { for (const b of bytes) out[at++] = b; };
const body = (i) => (i + 1 < n ? 3 + size(i + 1) : 2);
put([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3]);
leb(size(n) + n); leb(n); at += n;
put([7, 5, 1, 1, 0x66, 0, 0, 10]);
let total = size(n);
for (let i = 0; i < n; i++) total += size(body(i)) + body(i);
leb(total); leb(n);
for (let i = 0; i < n; i++) {
  leb(body(i)); out[at++] = 0;
  if (i + 1 < n) { out[at++] = 0x12; leb(i + 1); }
  out[at++] = 0x0b;
}
const instance = new WebAssembly.Instance(new WebAssembly.Module(out.subarray(0, at)), {});
instance.exports.f();
globalThis.keep = instance;
return at;
