/*---
id: tc-date-progress-01-integer-ms
description: >-
  Checks that the only clock, Date, has millisecond granularity: a fractional Date.now() would be a
  high-resolution timer in disguise.
kind: malicious
category: timing-side-channel
technique: TC-date-progress
variant: plain
references:
  - "Cloudflare security model (\"locked in place\")"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const samples = [Date.now(), new Date().getTime(), +new Date(), Date.prototype.valueOf.call(new Date())];
return samples.every(Number.isInteger) ? 'held' : 'ESCAPED: sub-millisecond Date ' + samples.join(',');
