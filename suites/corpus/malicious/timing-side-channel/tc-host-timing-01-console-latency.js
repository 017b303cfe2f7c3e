/*---
id: tc-host-timing-01-console-latency
description: >-
  Times console.log, the one host callback every profile has, with short and long arguments, as an attacker
  would time a host secret comparison.
kind: malicious
category: timing-side-channel
technique: TC-host-timing
variant: plain
references:
  - "SES claim \"cannot measure the passage of time\""
expect:
  ultra-secure:    { outcome: contained, value: measured }
  high-security:   { outcome: contained, value: measured }
  tenant-isolated: { outcome: contained, value: measured }
---*/
const time = (arg) => {
  const t0 = Date.now();
  for (let i = 0; i < 50; i++) console.log(arg);
  return Date.now() - t0;
};
const short = time('a');
const long = time('a'.repeat(2000));
return typeof short === 'number' && typeof long === 'number' ? 'measured' : 'odd';
