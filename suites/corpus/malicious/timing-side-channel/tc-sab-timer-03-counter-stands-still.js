/*---
id: tc-sab-timer-03-counter-stands-still
description: >-
  Where SharedArrayBuffer exists, reads a shared counter in a long loop to detect any concurrent writer; it
  must never move, because nothing else runs in the isolate.
kind: malicious
category: timing-side-channel
technique: TC-sab-timer
variant: combined
references:
  - "SES README \"Hosts must avoid exposing SharedArrayBuffer\""
  - "Cloudflare \"no concurrency\""
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
if (typeof SharedArrayBuffer === 'undefined') return 'held';
const cell = new Int32Array(new SharedArrayBuffer(4));
let moved = 0;
for (let i = 0; i < 200000; i++) if (Atomics.load(cell, 0) !== 0) moved++;
return moved === 0 ? 'held' : 'ESCAPED: a concurrent writer moved the counter';
