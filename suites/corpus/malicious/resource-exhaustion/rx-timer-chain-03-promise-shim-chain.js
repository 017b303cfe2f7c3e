/*---
id: rx-timer-chain-03-promise-shim-chain
description: >-
  Builds a setTimeout shim out of promises, runs a recursive chain on it and waits for a "sleep" that never
  ends, the pattern a tenant would use where timers are missing.
kind: malicious
category: resource-exhaustion
technique: RX-timer-chain
variant: combined
references:
  - "Node vm docs \"global queues … not controllable through the timeout\""
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
flags: [async, slow]
---*/
const setTimeoutShim = (fn) => Promise.resolve().then(fn);
const tick = () => setTimeoutShim(tick);
tick();
await new Promise((resolve) => setTimeoutShim(() => {}));
return 'NOT KILLED: sleep returned';
