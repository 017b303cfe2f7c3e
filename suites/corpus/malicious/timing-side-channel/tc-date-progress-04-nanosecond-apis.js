/*---
id: tc-date-progress-04-nanosecond-apis
description: >-
  Probes for nanosecond clocks under built names (Temporal.Now, process.hrtime.bigint, performance) through
  the global object.
kind: malicious
category: timing-side-channel
technique: TC-date-progress
variant: obfuscated
references:
  - "Cloudflare security model (\"locked in place\")"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const g = globalThis;
const temporal = Reflect.get(g, 'Tem' + 'poral');
const proc = Reflect.get(g, 'pro' + 'cess');
const perf = Reflect.get(g, 'perf' + 'ormance');
const found = [temporal && 'Temporal', proc && 'process', perf && 'performance'].filter(Boolean);
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');
