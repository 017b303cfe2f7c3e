/*---
id: ha-ivm-handle-04-transferable-input
description: "Checks that input arrives as plain data (a sandbox object with Object.prototype), not as an ExternalCopy or Reference that could be copied back or dereferenced."
kind: malicious
category: host-access
technique: HA-ivm-handle
variant: combined
references:
  - "isolated-vm README \"SECURITY\""
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { nested: { list: [1, 2, 3] }, s: "x" }
---*/
const suspects = [input, input.nested, input.nested.list];
for (const v of suspects) {
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== Array.prototype) return 'ESCAPED: input has a foreign prototype';
  for (const m of ['copy', 'copyInto', 'deref', 'derefInto', 'release']) {
    if (typeof v[m] === 'function') return 'ESCAPED: input exposes ' + m;
  }
}
return JSON.stringify(input) === '{"nested":{"list":[1,2,3]},"s":"x"}' ? 'held' : 'input altered';
