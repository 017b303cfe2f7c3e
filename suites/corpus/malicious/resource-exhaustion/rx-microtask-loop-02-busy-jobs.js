/*---
id: rx-microtask-loop-02-busy-jobs
description: >-
  Awaits a recursive chain in which every job does a slice of busy work before re-enqueuing itself, mixing
  CPU burn with an unbounded microtask queue.
kind: malicious
category: resource-exhaustion
technique: RX-microtask-loop
variant: obfuscated
references:
  - "Node vm docs (microtaskMode)"
  - "isolated-vm `tests/microtask-timeout.js`"
  - "quickjs-emscripten #211"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_MEMORY_LIMIT] }
flags: [async, slow]
---*/
const job = () => {
  let x = 0;
  for (let i = 0; i < 100000; i++) x += i;
  return Promise.resolve(x).then(job);
};
await job();
return 'NOT KILLED: chain ended';
