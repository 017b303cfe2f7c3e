/*---
id: rx-timer-chain-04-wait-async-ticks
description: >-
  Uses Atomics.waitAsync with a timeout as a timer where it exists, the one host-scheduled callback left in
  an ECMAScript realm; the host process must survive it, whatever the guest sees.
kind: malicious
category: resource-exhaustion
technique: RX-timer-chain
variant: combined
references:
  - "Node vm docs \"global queues … not controllable through the timeout\""
expect:
  ultra-secure:    { outcome: contained }
  high-security:   { outcome: contained }
  tenant-isolated: { outcome: contained }
flags: [async]
---*/
if (typeof Atomics === 'undefined' || typeof Atomics.waitAsync !== 'function') return 'held';
const cell = new Int32Array(new SharedArrayBuffer(4));
for (let i = 0; i < 3; i++) {
  const r = Atomics.waitAsync(cell, 0, 0, 1);
  if (r.async) await r.value;
}
return 'ticked';
