/*---
id: re-wasm-jspi-03-compile-rejections
description: "Makes every asynchronous WebAssembly entry point reject (bad bytes, bad imports, non-Response streaming input) and inspects each rejection reason, since the embedder may build them on the host."
kind: malicious
category: realm-escape
technique: RE-wasm-jspi
variant: combined
references:
  - "CVE-2026-47210"
  - "CVE-2026-92956"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
if (typeof WebAssembly === 'undefined') return 'held';
const junk = new Uint8Array([1, 2, 3, 4]);
const attempts = [WebAssembly.compile(junk), WebAssembly.instantiate(junk), WebAssembly.instantiate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]), 5)];
if (typeof WebAssembly.compileStreaming === 'function') attempts.push(WebAssembly.compileStreaming({}));
const reasons = await Promise.all(attempts.map((p) => p.then(() => null, (e) => e)));
for (const r of reasons) {
  if (r === null || typeof r !== 'object') continue;
  let top = r;
  for (let o = Object.getPrototypeOf(r); o !== null; o = Object.getPrototypeOf(o)) top = o;
  if (top !== Object.prototype) return 'ESCAPED: foreign rejection';
  try { if (r.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';
