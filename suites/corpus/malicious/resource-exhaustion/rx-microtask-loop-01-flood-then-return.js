/*---
id: rx-microtask-loop-01-flood-then-return
description: >-
  Starts a promise chain that re-enqueues itself for ever and then returns at once: the value may arrive,
  but the isolate keeps draining jobs, so the pool must recycle it before anyone else runs there.
kind: malicious
category: resource-exhaustion
technique: RX-microtask-loop
variant: plain
references:
  - "Node vm docs (microtaskMode)"
  - "isolated-vm `tests/microtask-timeout.js`"
  - "quickjs-emscripten #211"
expect:
  ultra-secure:    { outcome: contained, value: done }
  high-security:   { outcome: contained, value: done }
  tenant-isolated: { outcome: contained, value: done }
flags: [async, slow]
---*/
const spin = () => Promise.resolve().then(spin);
spin();
return 'done';
