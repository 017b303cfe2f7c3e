/*---
id: tc-perf-now-04-perf-hooks-module
description: >-
  Asks require for perf_hooks (node: prefixed and not) where require exists; every such request must be
  refused, and where require is absent there is nothing to ask.
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
if (typeof require !== 'function') return 'held';
for (const name of ['perf_hooks', 'node:perf_hooks']) {
  try {
    const ph = require(name);
    return 'ESCAPED: ' + name + ' loaded, now=' + typeof ph.performance?.now;
  } catch {}
}
return 'held';
