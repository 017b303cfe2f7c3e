/*---
id: re-proxy-spec-03-trap-receivers
description: "Passes revocable and trap-everything Proxies to the injected API and to the runtime's result path, recording every target and receiver the traps see, and checks none comes from the host."
kind: malicious
category: realm-escape
technique: RE-proxy-spec
variant: combined
references:
  - "CVE-2023-32314"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const seen = [];
let recording = true;
const record = (name) => (...args) => { if (recording) seen.push(...args); return Reflect[name](...args); };
const handler = {};
for (const name of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'apply']) handler[name] = record(name);
const p = new Proxy({ a: 1 }, handler);
try { console.log(p); } catch (e) {}
try { JSON.stringify(p); } catch (e) {}
if (typeof require === 'function') { try { require(new Proxy(function () {}, handler)); } catch (e) {} }
recording = false;
for (const v of seen) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
}
return 'held';
