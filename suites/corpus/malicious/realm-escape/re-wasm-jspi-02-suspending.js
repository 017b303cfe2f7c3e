/*---
id: re-wasm-jspi-02-suspending
description: "Where WebAssembly.Suspending and promising exist, wraps a guest function that returns a host promise and checks the settled value and the wrapper's realm."
kind: malicious
category: realm-escape
technique: RE-wasm-jspi
variant: obfuscated
references:
  - "CVE-2026-47210"
  - "CVE-2026-92956"
unproven: "Not proven: on vm2 3.9.19, the one vulnerable sandbox the suite installs, the sample gives no verdict within 20 s (it stalls or ends the process that hosts vm2), so no evidence was taken."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const W = globalThis['WebAss' + 'embly'];
if (W === undefined || typeof W['Susp' + 'ending'] !== 'function' || typeof W['prom' + 'ising'] !== 'function') return 'held';
try {
  const s = new W.Suspending(() => import('fs').catch((e) => e));
  if (s.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED';
} catch (e) {}
return 'held';
