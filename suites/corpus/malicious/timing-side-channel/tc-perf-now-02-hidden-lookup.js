/*---
id: tc-perf-now-02-hidden-lookup
description: >-
  Looks performance up under a built key with Reflect.get and tries its now, timeOrigin and mark members.
kind: malicious
category: timing-side-channel
technique: TC-perf-now
variant: obfuscated
references:
  - "Cloudflare Workers security model"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const perf = Reflect.get(globalThis, 'perf' + 'ormance');
if (perf === undefined) return 'held';
return 'ESCAPED: performance present, now=' + typeof perf.now + ' timeOrigin=' + typeof perf.timeOrigin;
