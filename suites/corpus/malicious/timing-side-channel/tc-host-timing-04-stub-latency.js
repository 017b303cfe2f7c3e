/*---
id: tc-host-timing-04-stub-latency
description: >-
  Times the runtime's refusing stubs (eval, and Function where it is disabled) over many calls, looking for
  a host round trip whose duration could carry information.
kind: malicious
category: timing-side-channel
technique: TC-host-timing
variant: obfuscated
references:
  - "SES claim \"cannot measure the passage of time\""
expect:
  ultra-secure:    { outcome: contained, value: measured }
  high-security:   { outcome: contained, value: measured }
  tenant-isolated: { outcome: contained, value: measured }
---*/
const time = (fn) => {
  const t0 = Date.now();
  for (let i = 0; i < 200; i++) {
    try {
      fn();
    } catch {}
  }
  return Date.now() - t0;
};
const e = globalThis['ev' + 'al'];
const a = time(() => e('1'));
const b = time(() => [].map.constructor('return 1'));
return Number.isFinite(a) && Number.isFinite(b) ? 'measured' : 'odd';
