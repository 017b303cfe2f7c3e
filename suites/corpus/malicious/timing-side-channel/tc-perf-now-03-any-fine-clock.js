/*---
id: tc-perf-now-03-any-fine-clock
description: >-
  Surveys every known sub-millisecond clock (performance, process.hrtime, Temporal, fractional Date values)
  and reports any that exists.
kind: malicious
category: timing-side-channel
technique: TC-perf-now
variant: combined
references:
  - "Cloudflare Workers security model"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const found = [];
if (typeof performance !== 'undefined') found.push('performance');
if (typeof process !== 'undefined' && process.hrtime) found.push('process.hrtime');
if (typeof Temporal !== 'undefined') found.push('Temporal');
if (!Number.isInteger(Date.now()) || !Number.isInteger(new Date().getTime())) found.push('fractional Date');
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');
