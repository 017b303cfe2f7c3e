/*---
id: re-disposal-errors-01-aggregate
description: "Collects host-originated rejections into an AggregateError with Promise.any and inspects every error it carries, the carrier vm2's sanitizer forgot (vm2 ATTACKS category 16)."
kind: malicious
category: realm-escape
technique: RE-disposal-errors
variant: plain
references:
  - "vm2 ATTACKS cat. 16"
  - "CVE-2026-47686"
  - "CVE-2026-92934"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const sources = [import('fs'), (async () => require('fs'))(), (async () => console.log(Symbol()))().then(() => Promise.reject(new Error('x')))];
let agg;
try { await Promise.any(sources); } catch (e) { agg = e; }
if (!(agg instanceof AggregateError)) return 'ESCAPED: foreign AggregateError';
for (const e of [agg, ...agg.errors]) {
  try { if (e.constructor.constructor('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
}
return 'held';
