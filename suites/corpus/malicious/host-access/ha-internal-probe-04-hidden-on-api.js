/*---
id: ha-internal-probe-04-hidden-on-api
description: "Lists own and prototype properties of the exposed API functions (console methods, require, fetch), where a runtime may have attached internal handles, and reports any non-standard ones."
kind: malicious
category: host-access
technique: HA-internal-probe
variant: combined
references:
  - "vm2 GHSA-2cm2-m3w5-gp2f"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const standard = new Set(['length', 'name', 'prototype', 'arguments', 'caller']);
const fns = Object.values(console).filter((v) => typeof v === 'function');
if (typeof require === 'function') fns.push(require);
if (typeof fetch === 'function') fns.push(fetch);
const extra = [];
for (const fn of fns) {
  for (const key of Reflect.ownKeys(fn)) if (!standard.has(key)) extra.push(fn.name + '.' + String(key));
  // Plain and async functions of this realm only: the intrinsic Function.prototype, reached without the global binding.
  const fnProto = Object.getPrototypeOf(Object);
  const proto = Object.getPrototypeOf(fn);
  if (proto !== fnProto && Object.getPrototypeOf(proto) !== fnProto) extra.push(fn.name + ':proto');
}
return extra.length === 0 ? 'held' : 'ESCAPED: ' + extra.join(',');
