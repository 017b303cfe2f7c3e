/*---
id: ha-injected-fn-ctor-03-every-api-function
description: "Collects every function reachable from the injected API (console methods, require, fetch, the modules require returns) and tries the constructor chain on each, including bound and async variants."
kind: malicious
category: host-access
technique: HA-injected-fn-ctor
variant: combined
references:
  - "open-mercato PR #1365"
  - "isolated-vm README Callback"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [needs-module]
---*/
const fns = new Set(Object.values(console).filter((v) => typeof v === 'function'));
if (typeof require === 'function') {
  fns.add(require);
  try { const _ = require('lodash'); fns.add(_); fns.add(_.map); fns.add(_.template); } catch (e) {}
  try { const m = require('moment'); fns.add(m); fns.add(m.locale); } catch (e) {}
}
if (typeof fetch === 'function') fns.add(fetch);
for (const fn of fns) {
  if (typeof fn !== 'function') continue;
  for (const F of [fn.constructor, Object.getPrototypeOf(fn)?.constructor]) {
    try {
      if (F('return typeof process + typeof __SANDPROOF_CANARY__')() !== 'undefinedundefined') return 'ESCAPED via ' + fn.name;
    } catch (e) { /* refused */ }
  }
}
return 'held';
