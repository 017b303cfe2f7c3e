/*---
id: re-promise-identity-03-thenable-unwrap
description: "Resolves promises with thenables and objects the runtime created (console, input, require) and checks that awaiting never swaps them for different objects or host proxies."
kind: malicious
category: realm-escape
technique: RE-promise-identity
variant: combined
references:
  - "CVE-2026-44000"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { box: [1] }
flags: [async]
---*/
const originals = [console, input, input.box];
if (typeof require === 'function') originals.push(require('lodash'));
for (const o of originals) {
  const back = await Promise.resolve(o);
  if (back !== o) return 'ESCAPED: identity changed on resolve';
  const viaThenable = await { then(r) { r(o); } };
  if (viaThenable !== o) return 'ESCAPED: identity changed through a thenable';
}
return 'held';
