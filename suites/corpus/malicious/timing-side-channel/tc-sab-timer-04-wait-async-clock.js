/*---
id: tc-sab-timer-04-wait-async-clock
description: >-
  Uses Atomics.waitAsync with a 1 ms timeout as a makeshift timer and races it against a microtask chain,
  measuring elapsed turns; the outcome may vary, but the host must stay unaffected.
kind: malicious
category: timing-side-channel
technique: TC-sab-timer
variant: obfuscated
references:
  - "SES README \"Hosts must avoid exposing SharedArrayBuffer\""
  - "Cloudflare \"no concurrency\""
expect:
  ultra-secure:    { outcome: contained }
  high-security:   { outcome: contained }
  tenant-isolated: { outcome: contained }
flags: [async]
---*/
if (typeof Atomics === 'undefined' || typeof Atomics.waitAsync !== 'function') return 'absent';
const cell = new Int32Array(new SharedArrayBuffer(4));
const r = Atomics.waitAsync(cell, 0, 0, 1);
if (!r.async) return 'sync:' + r.value;
let turns = 0;
const spin = async () => {
  while (turns < 2000) {
    turns++;
    await null;
  }
  return 'spun';
};
return await Promise.race([r.value, spin()]);
