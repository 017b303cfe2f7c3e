/*---
id: re-promise-callback-02-reflect-then
description: "Calls then and catch through Reflect.apply on promises from every host-backed source, including one resolved with a thenable whose then runs after a host call."
kind: malicious
category: realm-escape
technique: RE-promise-callback
variant: obfuscated
references:
  - "CVE-2026-22709"
  - "GHSA-55hx"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const then = Promise.prototype['th' + 'en'];
const out = [];
const thenable = { then(res, rej) { out.push(res, rej); try { require('os'); } catch (e) { rej(e); } } };
const sources = [Promise.resolve(thenable), import('os')];
if (typeof fetch === 'function') sources.push(fetch('http://127.0.0.1/'));
for (const p of sources) {
  await new Promise((done) => Reflect.apply(then, p, [(v) => { out.push(v); done(); }, (e) => { out.push(e); done(); }]));
}
for (const v of out) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
  try { if (v.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (e) {}
}
return 'held';
