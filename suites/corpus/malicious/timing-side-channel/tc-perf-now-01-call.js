/*---
id: tc-perf-now-01-call
description: >-
  Calls performance.now() for a high-resolution clock; performance must be absent in every profile, so the
  call is a ReferenceError.
kind: malicious
category: timing-side-channel
technique: TC-perf-now
variant: plain
references:
  - "Cloudflare Workers security model"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const t0 = performance.now();
return 'ESCAPED: high-resolution clock at ' + (performance.now() - t0);
