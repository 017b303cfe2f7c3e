/*---
id: tc-sab-timer-01-counter-worker
description: >-
  Sets up the classic SharedArrayBuffer clock, a worker incrementing a shared counter, and must fail: no
  profile has threads, and ultra-secure has no SharedArrayBuffer at all.
kind: malicious
category: timing-side-channel
technique: TC-sab-timer
variant: plain
references:
  - "SES README \"Hosts must avoid exposing SharedArrayBuffer\""
  - "Cloudflare \"no concurrency\""
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const counter = new Int32Array(new SharedArrayBuffer(4));
const worker = new Worker('data:text/javascript,for(;;)Atomics.add(new Int32Array(sab),0,1)');
worker.postMessage(counter.buffer);
return 'ESCAPED: counter thread started';
