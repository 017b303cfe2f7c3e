/*---
id: tc-date-progress-02-busy-wait-tick
description: >-
  Busy-waits on Date.now() for the next millisecond tick, the first step of every coarse-clock amplification
  attack, with an iteration cap so a frozen clock cannot hang it.
kind: malicious
category: timing-side-channel
technique: TC-date-progress
variant: obfuscated
references:
  - "Cloudflare security model (\"locked in place\")"
expect:
  ultra-secure:    { outcome: contained, value: measured }
  high-security:   { outcome: contained, value: measured }
  tenant-isolated: { outcome: contained, value: measured }
---*/
const t0 = Date.now();
let spins = 0;
while (Date.now() === t0 && spins < 2_000_000) spins++;
console.log('ticked=' + (Date.now() !== t0));
return 'measured';
