/*---
id: re-wasm-jstag-01-probe
description: "Looks for WebAssembly.JSTag and the exception-handling API, which let wasm catch JavaScript exceptions outside any JavaScript catch (CVE-2026-26956); where present it must only ever yield sandbox values."
kind: malicious
category: realm-escape
technique: RE-wasm-jstag
variant: plain
references:
  - "CVE-2026-26956"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
if (typeof WebAssembly === 'undefined') return 'held';
const tag = WebAssembly.JSTag;
if (tag === undefined) return 'held';
try {
  const ex = new WebAssembly.Exception(tag, [new Error('x')]);
  const payload = ex.getArg(tag, 0);
  if (payload.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED';
} catch (e) {}
return 'held';
