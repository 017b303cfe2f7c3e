/*---
id: rx-timer-chain-02-interval-lookup
description: >-
  Looks for any timer or scheduler (setInterval, setImmediate, queueMicrotask, requestAnimationFrame,
  scheduler) under built names; none may exist in any profile.
kind: malicious
category: resource-exhaustion
technique: RX-timer-chain
variant: obfuscated
references:
  - "Node vm docs \"global queues … not controllable through the timeout\""
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const names = ['set' + 'Interval', 'set' + 'Immediate', 'queue' + 'Microtask', 'request' + 'AnimationFrame', 'sched' + 'uler'];
const found = names.filter((n) => typeof Reflect.get(globalThis, n) !== 'undefined');
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');
