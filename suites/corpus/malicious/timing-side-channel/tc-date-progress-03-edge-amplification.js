/*---
id: tc-date-progress-03-edge-amplification
description: >-
  Aligns to a clock edge and counts loop iterations until the next one, turning a millisecond clock into a
  fine-grained counter; contained means only that nothing leaks beyond the snippet.
kind: malicious
category: timing-side-channel
technique: TC-date-progress
variant: combined
references:
  - "Cloudflare security model (\"locked in place\")"
expect:
  ultra-secure:    { outcome: contained, value: measured }
  high-security:   { outcome: contained, value: measured }
  tenant-isolated: { outcome: contained, value: measured }
---*/
const edge = () => {
  const t = Date.now();
  let n = 0;
  while (Date.now() === t && n < 1_000_000) n++;
  return n;
};
edge();
const perMs = edge();
console.log('iterations per tick: ' + (perMs > 0 ? 'some' : 'none'));
return 'measured';
