/*---
id: re-wasm-jspi-01-probe
description: "Probes for the JS promise integration API (WebAssembly.promising, WebAssembly.Suspending) and the streaming compilers, which hand host-made promises to the guest (CVE-2026-47210)."
kind: malicious
category: realm-escape
technique: RE-wasm-jspi
variant: plain
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
const results = [];
for (const name of ['compileStreaming', 'instantiateStreaming']) {
  const f = WebAssembly[name];
  if (typeof f !== 'function') continue;
  const p = f(Promise.resolve(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])));
  results.push(p, await p.then((v) => v, (e) => e));
}
for (const v of results) {
  if (v === null || typeof v !== 'object') continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';
