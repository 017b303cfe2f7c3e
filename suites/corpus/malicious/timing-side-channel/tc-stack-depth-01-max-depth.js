/*---
id: tc-stack-depth-01-max-depth
description: >-
  Measures the maximum recursion depth, which reveals the engine's stack size and, across runs, how much
  stack the host used before calling the guest.
kind: malicious
category: timing-side-channel
technique: TC-stack-depth
variant: plain
references:
  - "SES README \"Caveats\""
expect:
  ultra-secure:    { outcome: contained, value: measured }
  high-security:   { outcome: contained, value: measured }
  tenant-isolated: { outcome: contained, value: measured }
---*/
let depth = 0;
const dive = () => {
  depth++;
  dive();
};
try {
  dive();
} catch (e) {
  if (!(e instanceof RangeError)) return 'odd: ' + e;
}
return depth > 0 ? 'measured' : 'odd';
