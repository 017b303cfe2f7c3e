/*---
id: rx-unhandled-rejection-01-bare-reject
description: >-
  Leaves a rejected promise without a handler and returns; the rejection must not reach the host's
  unhandledRejection handling or crash it.
kind: malicious
category: resource-exhaustion
technique: RX-unhandled-rejection
variant: plain
references:
  - "CVE-2026-44001 + residual (vm2 `test/ghsa/GHSA-hw58…`)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
Promise.reject(new Error('nobody listens'));
return 'held';
