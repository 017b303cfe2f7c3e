/*---
id: rx-timer-chain-01-recursive-settimeout
description: >-
  Schedules a self-rescheduling setTimeout, the timer chain that escapes vm timeouts in Node; timers are
  absent, so the first call must be a ReferenceError.
kind: malicious
category: resource-exhaustion
technique: RX-timer-chain
variant: plain
references:
  - "Node vm docs \"global queues … not controllable through the timeout\""
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
setTimeout(function tick() {
  setTimeout(tick, 0);
}, 0);
return 'ESCAPED: timer scheduled';
