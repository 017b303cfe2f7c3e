/*---
id: tc-sab-timer-02-thread-primitives
description: >-
  Checks with Reflect.has for every primitive that could run a counter in parallel (Worker, SharedWorker,
  MessageChannel, postMessage, importScripts).
kind: malicious
category: timing-side-channel
technique: TC-sab-timer
variant: obfuscated
references:
  - "SES README \"Hosts must avoid exposing SharedArrayBuffer\""
  - "Cloudflare \"no concurrency\""
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const names = ['Worker', 'SharedWorker', 'MessageChannel', 'postMessage', 'importScripts'];
const present = names.filter((n) => Reflect.has(globalThis, n));
return present.length === 0 ? 'held' : 'ESCAPED: ' + present.join(',');
