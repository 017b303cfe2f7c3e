/*---
id: tc-stack-paths-04-serializer-tojson
description: >-
  Returns an object whose own toJSON inspects the stack at the moment the runtime serialises the result, and
  turns its own value into the marker if host frames are visible.
kind: malicious
category: timing-side-channel
technique: TC-stack-paths
variant: combined
references:
  - "CVE-2026-44002"
  - "GHSA-r273-hxvj-fxhp"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const HOST = /\/work\/|node_modules|\.ts\b|file:\/\//;
return {
  toJSON() {
    const stack = String(new Error('probe').stack);
    return HOST.test(stack) ? 'ESCAPED: ' + stack : 'held';
  },
};
