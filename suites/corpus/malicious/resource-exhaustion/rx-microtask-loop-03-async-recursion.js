/*---
id: rx-microtask-loop-03-async-recursion
description: >-
  Recurses through an async function that awaits before each call, so the stack never grows and only the
  microtask queue does.
kind: malicious
category: resource-exhaustion
technique: RX-microtask-loop
variant: combined
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
async function again(n) {
  await null;
  return again(n + 1);
}
await again(0);
return 'NOT KILLED: recursion ended';
