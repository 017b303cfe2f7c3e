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
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
Promise.reject(new Error('nobody listens'));
return 'held';
