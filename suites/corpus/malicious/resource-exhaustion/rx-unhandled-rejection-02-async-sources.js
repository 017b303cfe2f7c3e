/*---
id: rx-unhandled-rejection-02-async-sources
description: >-
  Leaves rejections from an async arrow, an async generator and a rejected then-chain unhandled, the sources
  CVE-2026-44001 and its residual covered.
kind: malicious
category: resource-exhaustion
technique: RX-unhandled-rejection
variant: obfuscated
references:
  - "CVE-2026-44001 + residual (vm2 `test/ghsa/GHSA-hw58…`)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
(async () => {
  throw new Error('async arrow');
})();
(async function* () {
  throw new Error('async generator');
})().next();
Promise.resolve().then(() => {
  throw new TypeError('then chain');
});
return 'held';
