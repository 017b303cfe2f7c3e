/*---
id: re-stack-overflow-02-host-frame
description: "Recurses to just below the stack limit and then calls into the injected API, so that the overflow happens inside a callback frame (the CVE-2019-10761 shape) and the RangeError may be built by the host."
kind: malicious
category: realm-escape
technique: RE-stack-overflow
variant: obfuscated
references:
  - "CVE-2019-10761"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const calls = [() => console.log('edge'), () => (typeof require === 'function' ? require('lodash') : 0), () => JSON.stringify({ a: 1 })];
let caught = [];
let retries = 0;
function near(depth, call) {
  try { return near(depth + 1, call); } catch (e) {
    // Unwinding: the deepest frames retry the API call, each with a little more stack than the one above it.
    if (retries++ < 40) { try { call(); } catch (inner) { caught.push(inner); } }
    throw e;
  }
}
for (const call of calls) { retries = 0; try { near(0, call); } catch (e) { caught.push(e); } }
for (const e of caught) {
  if (e === null || typeof e !== 'object') continue;
  try { if (e.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
}
return 'held';
