/*---
id: rx-unhandled-rejection-03-hostile-reason
description: >-
  Rejects with a Proxy whose every trap throws and with an object whose getters throw, so any host code that
  inspects the reason runs into guest traps.
kind: malicious
category: resource-exhaustion
technique: RX-unhandled-rejection
variant: combined
references:
  - "CVE-2026-44001 + residual (vm2 `test/ghsa/GHSA-hw58…`)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const hostile = new Proxy({}, {
  get() {
    throw new Error('trap');
  },
  getPrototypeOf() {
    throw new Error('trap');
  },
  ownKeys() {
    throw new Error('trap');
  },
});
Promise.reject(hostile);
Promise.reject({
  get message() {
    throw new Error('getter');
  },
  get stack() {
    throw new Error('getter');
  },
});
return 'held';
