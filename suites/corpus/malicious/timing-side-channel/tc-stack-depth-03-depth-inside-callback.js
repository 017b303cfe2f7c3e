/*---
id: tc-stack-depth-03-depth-inside-callback
description: >-
  Measures the remaining stack depth inside a toString that console.log invokes, and inspects that stack for
  host frames, a probe of what sits between the guest and the host bridge.
kind: malicious
category: timing-side-channel
technique: TC-stack-depth
variant: combined
references:
  - "SES README \"Caveats\""
expect:
  ultra-secure:    { outcome: contained, value: measured }
  high-security:   { outcome: contained, value: measured }
  tenant-isolated: { outcome: contained, value: measured }
---*/
const HOST = /\/work\/|node_modules|\.ts\b|file:\/\//;
const room = () => {
  let n = 0;
  const f = () => {
    n++;
    f();
  };
  try {
    f();
  } catch {}
  return n;
};
const outside = room();
let inside = -1;
console.log({
  toString() {
    inside = room();
    const stack = String(new Error('probe').stack);
    if (HOST.test(stack)) return 'ESCAPED: host frames in callback stack';
    return 'x';
  },
});
return outside > 0 && inside !== 0 ? 'measured' : 'odd';
