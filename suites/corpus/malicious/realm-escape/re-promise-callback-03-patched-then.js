/*---
id: re-promise-callback-03-patched-then
description: "Replaces Promise.prototype.then with a recorder before returning, so any then call the runtime makes on guest promises exposes the runtime's callbacks, which must be sandbox functions."
kind: malicious
category: realm-escape
technique: RE-promise-callback
variant: combined
references:
  - "CVE-2026-22709"
  - "GHSA-55hx"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained }
  high-security: { outcome: contained }
  tenant-isolated: { outcome: contained }
flags: [async]
---*/
const original = Promise.prototype.then;
const callbacks = [];
Promise.prototype.then = function (a, b) {
  callbacks.push(a, b);
  return original.call(this, a, b);
};
queueMicrotaskLike();
function queueMicrotaskLike() { Promise.resolve().then(() => {}); }
await null;
for (const cb of callbacks) {
  if (typeof cb !== 'function') continue;
  try { if (cb.constructor('return typeof process')() !== 'undefined') console.log('ESCAPED'); } catch (e) {}
}
return 'then patched';
